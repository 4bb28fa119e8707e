package io.callimport.consumer.config;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the consumer takes work off the queue and how long it keeps trying.
 *
 * @param concurrency listener threads ({@code CONSUMER_CONCURRENCY}), each importing one
 * conversation at a time
 * @param prefetch unacknowledged messages the broker hands each thread
 * ({@code CONSUMER_PREFETCH}); 1 keeps short imports from waiting behind a long one
 * @param publishTimeout how long to wait for the broker's confirm of a publish
 * @param retry the retry budget
 */
@Validated
@ConfigurationProperties("consumer")
public record ConsumerProperties(@DefaultValue("4") @Min(1) @Max(64) int concurrency,
		@DefaultValue("1") @Min(1) @Max(250) int prefetch, @DefaultValue("10s") Duration publishTimeout,
		@Valid @DefaultValue Retry retry) {

	/**
	 * Retries go through the broker's delay queues, never through a sleeping thread.
	 *
	 * @param maxAttempts attempts of one message in all, the first included; past it a
	 * still-failing import is dead-lettered
	 * @param initialDelay delay before the second attempt
	 * @param multiplier growth of the delay per attempt
	 * @param maxDelay longest delay (the longest delay queue is 10 minutes)
	 * @param detailsWait how long a conversation may stay unknown to analytics (404) or
	 * not ended, counted from the first attempt, before it is dead-lettered
	 * @param recordingWait how long after the conversation's end an empty recordings list
	 * may still mean "not yet" (then the call is imported as NO_RECORDING) and unfinished
	 * recordings are waited for (then the import is dead-lettered)
	 * @param wrapUpWait how long after the conversation's end the import waits for agents
	 * still in after-call work, so that their wrap-up codes are imported; past it the
	 * call is imported with the codes known by then (0: at once)
	 */
	public record Retry(@DefaultValue("30") @Min(1) int maxAttempts, @DefaultValue("1s") Duration initialDelay,
			@DefaultValue("2.0") @DecimalMin("1.0") double multiplier, @DefaultValue("10m") Duration maxDelay,
			@DefaultValue("2h") Duration detailsWait, @DefaultValue("30m") Duration recordingWait,
			@DefaultValue("2m") Duration wrapUpWait) {

		/** The delay after {@code attempts} failed attempts, before the next one. */
		public Duration delayAfter(int attempts) {
			double factor = Math.pow(this.multiplier, Math.max(0, attempts - 1));
			double millis = Math.min(this.initialDelay.toMillis() * factor, this.maxDelay.toMillis());
			return Duration.ofMillis((long) millis);
		}

	}

}
