package io.callimport.genesys.retry;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import io.callimport.genesys.failure.GenesysFailure;
import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.failure.GenesysRequestException;
import io.callimport.genesys.failure.RetryAfter;
import io.callimport.genesys.metrics.ClientMetrics;
import io.callimport.genesys.metrics.EndpointNames;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a request again after a 429 (waiting its {@code Retry-After}, whatever the case
 * of the header), a 5xx, a timeout or a connection failure, with the pauses of a
 * {@link RetrySchedule}. What may be replayed after a 5xx or timeout is decided by
 * {@link ReplaySafety}. When the retries are used up, or a {@code Retry-After} is longer
 * than the module waits on a thread, the request ends in a
 * {@link GenesysRequestException} that says why. The loop is hand-written only because a
 * response, not an exception, is what decides here.
 */
public final class RetryInterceptor implements Interceptor {

	private static final Logger log = LoggerFactory.getLogger(RetryInterceptor.class);

	private final RetrySettings settings;

	private final ClientMetrics metrics;

	private final Function<Request, String> endpoints;

	/**
	 * @param endpoints names a request for logs and meters without ids or query strings
	 */
	public RetryInterceptor(RetrySettings settings, ClientMetrics metrics, Function<Request, String> endpoints) {
		this.settings = settings;
		this.metrics = metrics;
		this.endpoints = endpoints;
	}

	/** For API and login requests, named by {@link EndpointNames}. */
	public static RetryInterceptor forApi(RetrySettings settings, ClientMetrics metrics) {
		return new RetryInterceptor(settings, metrics, EndpointNames::of);
	}

	@Override
	public Response intercept(Chain chain) throws IOException {
		Request request = chain.request();
		String endpoint = this.endpoints.apply(request);
		boolean replaySafe = ReplaySafety.allowsReplay(request);
		RetrySchedule schedule = new RetrySchedule(this.settings);
		while (true) {
			Response response;
			try {
				response = chain.proceed(request);
			}
			catch (GenesysRequestException ex) {
				throw ex;
			}
			catch (IOException ex) {
				pauseAfterFailure(ex, replaySafe, endpoint, schedule, chain);
				continue;
			}
			Duration pause = pauseAfter(response, replaySafe, endpoint, schedule);
			if (pause == null) {
				return response;
			}
			response.close();
			pause(endpoint, Integer.toString(response.code()), pause, schedule, chain);
		}
	}

	private void pauseAfterFailure(IOException failure, boolean replaySafe, String endpoint, RetrySchedule schedule,
			Chain chain) throws IOException {
		boolean interrupted = Thread.currentThread().isInterrupted() || chain.call().isCanceled();
		if (interrupted || !(replaySafe || neverReachedGenesys(failure))) {
			throw failure;
		}
		Duration pause = schedule.next(null);
		if (pause == null) {
			throw RetryFailures.usedUp(endpoint, schedule, failure);
		}
		pause(endpoint, (failure instanceof InterruptedIOException) ? "timeout" : "io", pause, schedule, chain);
	}

	private @Nullable Duration pauseAfter(Response response, boolean replaySafe, String endpoint,
			RetrySchedule schedule) throws GenesysRequestException {
		int status = response.code();
		GenesysFailureKind kind = GenesysFailure.kindOf(status);
		boolean retryable = (status == 429) || (replaySafe && kind == GenesysFailureKind.TRANSIENT);
		if (!retryable) {
			return null;
		}
		Duration retryAfter = (status == 429) ? RetryAfter.parse(response.header(RetryAfter.HEADER), Instant.now())
				: null;
		if (status == 429 && waitsTooLong(retryAfter)) {
			throw RetryFailures.waitTooLong(endpoint, response, retryAfter, this.settings.maxRetryAfter());
		}
		Duration pause = schedule.next(retryAfter);
		if (pause == null) {
			throw RetryFailures.usedUp(endpoint, schedule, response, retryAfter);
		}
		return pause;
	}

	/**
	 * A {@code Retry-After} above {@code max-retry-after} is not waited for on the
	 * thread; with {@code max-retry-after} 0 no 429 is, even one without the header (the
	 * caller then schedules the retry itself, e.g. on a delay queue).
	 */
	private boolean waitsTooLong(@Nullable Duration retryAfter) {
		return (retryAfter != null) ? retryAfter.compareTo(this.settings.maxRetryAfter()) > 0
				: this.settings.maxRetryAfter().isZero();
	}

	private void pause(String endpoint, String reason, Duration pause, RetrySchedule schedule, Chain chain)
			throws IOException {
		this.metrics.retry(endpoint, reason);
		log.info("Genesys {} failed ({}); attempt {} of {} in {} ms", endpoint, reason, schedule.attempts(),
				this.settings.maxAttempts(), pause.toMillis());
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while waiting to retry " + endpoint);
		}
		if (chain.call().isCanceled()) {
			throw new IOException("Canceled while waiting to retry " + endpoint);
		}
	}

	private static boolean neverReachedGenesys(IOException failure) {
		return failure instanceof ConnectException || failure instanceof UnknownHostException
				|| failure instanceof NoRouteToHostException;
	}

}
