package io.callimport.consumer.config;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the consumer takes work off the queue and how long it keeps trying.
 *
 * @param concurrency recordings streamed into the bucket at once, all tenants
 * ({@code CONSUMER_CONCURRENCY})
 * @param prefetch unacknowledged messages the broker hands this consumer per queue (each
 * tenant and lane has one; {@code CONSUMER_PREFETCH}); at least a batch, so that a
 * tenant's batches fill up
 * @param publishTimeout how long to wait for the broker's confirm of a publish
 * @param retry the retry budget
 * @param batch how calls are batched and scheduled
 * @param failuresGaugeRefresh how often the open-failures gauge is read from the database
 */
@Validated
@ConfigurationProperties("consumer")
public record ConsumerProperties(@DefaultValue("8") @Min(1) @Max(256) int concurrency,
		@DefaultValue("200") @Min(1) @Max(2000) int prefetch, @DefaultValue("10s") Duration publishTimeout,
		@Valid @DefaultValue Retry retry, @Valid @DefaultValue Batch batch,
		@DefaultValue("30s") @DurationMin(millis = 100) Duration failuresGaugeRefresh) {

	/**
	 * Batches and turns ({@code consumer.batch.*}).
	 *
	 * @param maxSize calls per batch (Genesys takes at most 100 ids per details request
	 * and 100 conversations per recording batch job)
	 * @param maxDelay how long calls may gather into one batch while their tenant's
	 * Genesys budget is short; with budget at hand a batch starts at once, even with one
	 * call
	 * @param perTenant batches of one tenant and lane talking to Genesys at once
	 * @param coordinators threads that talk to Genesys for batches, all tenants;
	 * background batches never take the last one
	 * @param recordingJobMinCalls from how many calls a batch asks one recording batch
	 * job instead of each call's recordings list
	 * @param jobPollInitial first look at a recording batch job after submitting it
	 * @param jobPollMaxInterval longest pause between two looks (the pause doubles)
	 * @param jobDeadline how long a recording batch job may take before its calls are
	 * retried
	 * @param maxHold how long a delivery may wait in this consumer for its tenant's turn
	 * before it goes to a delay queue
	 * @param tenantDiscoveryInterval how often the tenants are read, to consume the
	 * queues of new ones
	 */
	public record Batch(@DefaultValue("100") @Min(1) @Max(100) int maxSize,
			@DefaultValue("2s") @DurationMin(millis = 0) Duration maxDelay, @DefaultValue("2") @Min(1) int perTenant,
			@DefaultValue("4") @Min(1) @Max(64) int coordinators,
			@DefaultValue("4") @Min(2) @Max(101) int recordingJobMinCalls,
			@DefaultValue("300ms") @DurationMin(millis = 1) Duration jobPollInitial,
			@DefaultValue("2s") @DurationMin(millis = 1) Duration jobPollMaxInterval,
			@DefaultValue("60s") @DurationMin(seconds = 1) Duration jobDeadline,
			@DefaultValue("2m") @DurationMin(seconds = 1) Duration maxHold,
			@DefaultValue("10s") @DurationMin(millis = 100) Duration tenantDiscoveryInterval) {
	}

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
