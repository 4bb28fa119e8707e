package io.callimport.genesys.retry;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How Genesys requests are retried ({@code genesys.retry.*}).
 *
 * @param maxAttempts attempts in all, the first included
 * @param initialBackoff the first pause
 * @param multiplier growth of the pause per attempt
 * @param maxBackoff the longest pause
 * @param jitter random spread around each pause (scaled by the multiplier)
 * @param maxElapsed the longest a request may take, its retries and pauses included
 * @param maxRetryAfter the longest {@code Retry-After} waited out on the calling thread;
 * a longer one ends the request at once as {@code RATE_LIMITED} carrying the wait; 0 ends
 * every 429 at once (for callers that schedule their own retries)
 */
public record RetrySettings(@DefaultValue("4") @Min(1) @Max(20) int maxAttempts,
		@DefaultValue("500ms") @DurationMin(millis = 1) Duration initialBackoff,
		@DefaultValue("2.0") @DecimalMin("1.0") double multiplier,
		@DefaultValue("8s") @DurationMin(millis = 1) Duration maxBackoff,
		@DefaultValue("250ms") @DurationMin(millis = 0) Duration jitter,
		@DefaultValue("45s") @DurationMin(millis = 1) Duration maxElapsed,
		@DefaultValue("20s") @DurationMin(millis = 0) Duration maxRetryAfter) {

	/** The defaults, for use outside Spring. */
	public static RetrySettings defaults() {
		return new RetrySettings(4, Duration.ofMillis(500), 2.0, Duration.ofSeconds(8), Duration.ofMillis(250),
				Duration.ofSeconds(45), Duration.ofSeconds(20));
	}

	ExponentialBackOff backOff() {
		ExponentialBackOff backOff = new ExponentialBackOff(this.initialBackoff.toMillis(), this.multiplier);
		backOff.setMaxInterval(Math.max(this.maxBackoff.toMillis(), this.initialBackoff.toMillis()));
		backOff.setJitter(this.jitter.toMillis());
		backOff.setMaxAttempts(this.maxAttempts - 1L);
		return backOff;
	}

}
