package io.callimport.producer.publishing;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How messages reach the broker ({@code publishing.*}).
 *
 * @param confirmTimeout how long the broker may take to confirm a batch; later counts as
 * not confirmed
 * @param relayInterval how often the relay looks for messages it was not woken up for
 * @param batchSize messages claimed and published per relay pass
 * @param retryInitial delay before a message the broker did not confirm is tried again
 * @param retryMultiplier growth of that delay per failed attempt
 * @param retryMax the longest delay between two attempts
 * @param backlogRetryInterval how often call ends still waiting for the database are
 * tried again
 */
@Validated
@ConfigurationProperties("publishing")
public record PublishingProperties(@DefaultValue("10s") @DurationMin(millis = 100) Duration confirmTimeout,
		@DefaultValue("1s") @DurationMin(millis = 10) Duration relayInterval,
		@DefaultValue("100") @Min(1) @Max(1000) int batchSize,
		@DefaultValue("1s") @DurationMin(millis = 10) Duration retryInitial,
		@DefaultValue("2.0") @DecimalMin("1.0") double retryMultiplier,
		@DefaultValue("60s") @DurationMin(millis = 10) Duration retryMax,
		@DefaultValue("2s") @DurationMin(millis = 10) Duration backlogRetryInterval) {

	/** The delay after the given number of failed attempts (1 = the first failure). */
	Duration retryDelay(int failedAttempts) {
		double factor = Math.pow(this.retryMultiplier, Math.max(0, Math.min(failedAttempts - 1, 30)));
		long millis = (long) Math.min(this.retryMax.toMillis(), this.retryInitial.toMillis() * factor);
		return Duration.ofMillis(millis);
	}

}
