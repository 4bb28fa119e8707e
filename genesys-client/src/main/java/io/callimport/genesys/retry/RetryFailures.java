package io.callimport.genesys.retry;

import java.io.IOException;
import java.time.Duration;

import io.callimport.genesys.failure.ErrorBody;
import io.callimport.genesys.failure.GenesysFailure;
import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.failure.GenesysRequestException;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * The exceptions a request ends in when the retries stop: what was asked, how often, how
 * long, and what Genesys said last (status, error code, correlation id).
 */
final class RetryFailures {

	private static final long MAX_ERROR_BODY = 16 * 1024;

	private RetryFailures() {
	}

	/** Retries used up on an I/O failure. */
	static GenesysRequestException usedUp(String endpoint, RetrySchedule schedule, IOException last) {
		return new GenesysRequestException(GenesysFailureKind.TRANSIENT,
				usedUp(endpoint, schedule) + last.getClass().getSimpleName() + " " + last.getMessage(), 0, null, null,
				null, last);
	}

	/** Retries used up on an error response; closes it. */
	static GenesysRequestException usedUp(String endpoint, RetrySchedule schedule, Response last,
			@Nullable Duration retryAfter) {
		return fromResponse(last, GenesysFailure.kindOf(last.code()), retryAfter,
				usedUp(endpoint, schedule) + "HTTP " + last.code());
	}

	/**
	 * A {@code Retry-After} longer than a thread should wait (or none, when no 429 is
	 * waited for); closes the response.
	 */
	static GenesysRequestException waitTooLong(String endpoint, Response last, @Nullable Duration retryAfter,
			Duration maxRetryAfter) {
		String wait = (retryAfter != null) ? "Genesys asks to wait " + retryAfter.toSeconds() + " s"
				: "Genesys gave no Retry-After";
		return fromResponse(last, GenesysFailureKind.RATE_LIMITED, retryAfter, endpoint + " is rate limited: " + wait
				+ ", and at most " + maxRetryAfter.toSeconds() + " s are waited on a thread; try again later");
	}

	private static GenesysRequestException fromResponse(Response response, GenesysFailureKind kind,
			@Nullable Duration retryAfter, String message) {
		String correlationId = response.header(GenesysFailure.CORRELATION_ID_HEADER);
		try (response) {
			ErrorBody body = ErrorBody.parse(response.peekBody(MAX_ERROR_BODY).string());
			return new GenesysRequestException(kind, message + GenesysFailure.details(body.code(), correlationId),
					response.code(), body.code(), correlationId, retryAfter, null);
		}
		catch (IOException unreadable) {
			return new GenesysRequestException(kind, message + GenesysFailure.details(null, correlationId),
					response.code(), null, correlationId, retryAfter, unreadable);
		}
	}

	private static String usedUp(String endpoint, RetrySchedule schedule) {
		return String.format("%s failed after %d attempts in %.1f s: ", endpoint, schedule.attempts(),
				schedule.elapsed().toMillis() / 1000.0);
	}

}
