package io.callimport.genesys.failure;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.mypurecloud.sdk.v2.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * A classified Genesys failure: what it means ({@link #kind()}), and what Genesys said.
 *
 * @param kind what the caller should do about it
 * @param status the HTTP status, or 0 when no response came
 * @param code the Genesys error code from the body, e.g. {@code not.found}
 * @param correlationId the {@code ININ-Correlation-Id} to quote to Genesys support
 * @param retryAfter how long to wait before trying again, for {@code RATE_LIMITED}
 * @param message a clear sentence naming what failed, never a secret
 * @param cause the exception classified
 */
public record GenesysFailure(GenesysFailureKind kind, int status, @Nullable String code, @Nullable String correlationId,
		@Nullable Duration retryAfter, String message, @Nullable Throwable cause) {

	/** Genesys' correlation id header. */
	public static final String CORRELATION_ID_HEADER = "ININ-Correlation-Id";

	private static final int MAX_CAUSES = 16;

	/**
	 * Classifies whatever a Genesys call threw: the SDK's {@link ApiException}, this
	 * module's {@link GenesysRequestException} and {@link GenesysException}, JSON errors,
	 * I/O errors, or those wrapped in other exceptions.
	 */
	public static GenesysFailure classify(Throwable error) {
		Throwable current = error;
		for (int depth = 0; current != null && depth < MAX_CAUSES; depth++, current = current.getCause()) {
			GenesysFailure known = classifyKnown(current);
			if (known != null) {
				return known;
			}
		}
		current = error;
		for (int depth = 0; current != null && depth < MAX_CAUSES; depth++, current = current.getCause()) {
			if (current instanceof IOException io) {
				return transientIo(io);
			}
		}
		return new GenesysFailure(GenesysFailureKind.PERMANENT, 0, null, null, null,
				"Genesys call failed unexpectedly: " + describe(error), error);
	}

	/** Whether waiting and trying the same call again may help. */
	public boolean retryable() {
		return this.kind.retryable();
	}

	private static @Nullable GenesysFailure classifyKnown(Throwable error) {
		if (error instanceof GenesysException genesys) {
			return genesys.failure();
		}
		if (error instanceof GenesysRequestException request) {
			return request.toFailure();
		}
		if (error instanceof ApiException api && api.getStatusCode() > 0) {
			return fromResponse(api);
		}
		if (error instanceof com.fasterxml.jackson.core.JacksonException
				|| error instanceof tools.jackson.core.JacksonException) {
			return new GenesysFailure(GenesysFailureKind.PERMANENT, 0, null, null, null,
					"Genesys sent a response body that is not the expected JSON: " + firstLine(error.getMessage()),
					error);
		}
		return null;
	}

	private static GenesysFailure fromResponse(ApiException api) {
		int status = api.getStatusCode();
		Map<String, String> headers = api.getHeaders();
		ErrorBody body = ErrorBody.parse(api.getRawBody());
		String correlationId = RetryAfter.header(headers, CORRELATION_ID_HEADER);
		Duration retryAfter = (status == 429) ? RetryAfter.fromHeaders(headers, Instant.now()) : null;
		GenesysFailureKind kind = kindOf(status);
		String message = "Genesys answered HTTP " + status + details(body.code(), correlationId)
				+ ((body.message() != null) ? ": " + body.message() : "");
		return new GenesysFailure(kind, status, body.code(), correlationId, retryAfter, message, api);
	}

	/** The kind an HTTP status means. */
	public static GenesysFailureKind kindOf(int status) {
		return switch (status) {
			case 400, 413, 415, 422 -> GenesysFailureKind.BAD_REQUEST;
			case 401 -> GenesysFailureKind.UNAUTHORIZED;
			case 403 -> GenesysFailureKind.FORBIDDEN;
			case 404, 410 -> GenesysFailureKind.NOT_FOUND;
			case 408 -> GenesysFailureKind.TRANSIENT;
			case 429 -> GenesysFailureKind.RATE_LIMITED;
			case 501, 505 -> GenesysFailureKind.PERMANENT;
			default -> (status >= 500 && status < 600) ? GenesysFailureKind.TRANSIENT : GenesysFailureKind.PERMANENT;
		};
	}

	/** " (code x, correlation id y)" or less, for messages. */
	public static String details(@Nullable String code, @Nullable String correlationId) {
		if (code == null && correlationId == null) {
			return "";
		}
		if (code == null) {
			return " (correlation id " + correlationId + ")";
		}
		return " (code " + code + ((correlationId != null) ? ", correlation id " + correlationId : "") + ")";
	}

	private static GenesysFailure transientIo(IOException io) {
		String what = (io instanceof InterruptedIOException) ? "timed out or was interrupted" : "failed on the network";
		return new GenesysFailure(GenesysFailureKind.TRANSIENT, 0, null, null, null,
				"Genesys call " + what + ": " + describe(io), io);
	}

	private static String describe(Throwable error) {
		return error.getClass().getSimpleName()
				+ ((error.getMessage() != null) ? " " + firstLine(error.getMessage()) : "");
	}

	private static String firstLine(@Nullable String text) {
		if (text == null) {
			return "";
		}
		int newline = text.indexOf('\n');
		return (newline < 0) ? text : text.substring(0, newline);
	}

}
