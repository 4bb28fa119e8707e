package io.callimport.genesys.retry;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The attempts of one request: Spring's exponential backoff gives the pauses and caps
 * their number; a {@code Retry-After} replaces the pause; the total time is bounded by
 * the wall clock, requests included.
 */
final class RetrySchedule {

	private final BackOffExecution backOff;

	private final Duration maxElapsed;

	private final long startNanos = System.nanoTime();

	private int attempts = 1;

	RetrySchedule(RetrySettings settings) {
		this.backOff = settings.backOff().start();
		this.maxElapsed = settings.maxElapsed();
	}

	/** The pause before the next attempt, or null when the retries are used up. */
	@Nullable Duration next(@Nullable Duration retryAfter) {
		long interval = this.backOff.nextBackOff();
		if (interval == BackOffExecution.STOP) {
			return null;
		}
		Duration pause = (retryAfter != null) ? retryAfter : Duration.ofMillis(interval);
		if (elapsed().plus(pause).compareTo(this.maxElapsed) > 0) {
			return null;
		}
		this.attempts++;
		return pause;
	}

	int attempts() {
		return this.attempts;
	}

	Duration elapsed() {
		return Duration.ofNanos(System.nanoTime() - this.startNanos);
	}

}
