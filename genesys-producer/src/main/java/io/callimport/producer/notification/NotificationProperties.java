package io.callimport.producer.notification;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.validation.annotation.Validated;

/**
 * The notification session ({@code notification.*}).
 *
 * @param topicsPerChannel topics per channel at most (Genesys allows 1000; more open
 * another channel)
 * @param subscribeBatchSize topics per subscription request at most
 * @param heartbeatInterval how often Genesys sends a heartbeat (30 s)
 * @param heartbeatSlack how much longer than that a socket may stay silent before it is
 * treated as dead
 * @param pingInterval how often the session sends {@code {"message":"ping"}} (0: never)
 * @param renewBefore how long before a channel expires it is replaced
 * @param tokenCheckInterval how often the session checks that its channels belong to the
 * current access token (a renewed token gets new channels)
 * @param openTimeout how long a new socket may take to open
 * @param watchdogPeriod how often the session is checked
 * @param reconnect backoff between reconnect attempts
 */
@Validated
@ConfigurationProperties("notification")
public record NotificationProperties(@DefaultValue("1000") @Min(1) @Max(1000) int topicsPerChannel,
		@DefaultValue("500") @Min(1) @Max(1000) int subscribeBatchSize,
		@DefaultValue("30s") @DurationMin(millis = 100) Duration heartbeatInterval,
		@DefaultValue("30s") @DurationMin(millis = 100) Duration heartbeatSlack,
		@DefaultValue("30s") @DurationMin(millis = 0) Duration pingInterval,
		@DefaultValue("1h") @DurationMin(millis = 0) Duration renewBefore,
		@DefaultValue("1m") @DurationMin(millis = 100) Duration tokenCheckInterval,
		@DefaultValue("15s") @DurationMin(millis = 100) Duration openTimeout,
		@DefaultValue("1s") @DurationMin(millis = 10) Duration watchdogPeriod,
		@DefaultValue @Valid Reconnect reconnect) {

	/** No frame for longer than this means a dead socket. */
	public Duration silenceLimit() {
		return this.heartbeatInterval.plus(this.heartbeatSlack);
	}

	/**
	 * Backoff of reconnects ({@code notification.reconnect.*}).
	 *
	 * @param initial the first pause
	 * @param multiplier growth per failed attempt
	 * @param max the longest pause
	 * @param jitter random spread of each pause, so replicas and tenants do not reconnect
	 * in step
	 */
	public record Reconnect(@DefaultValue("1s") @DurationMin(millis = 1) Duration initial,
			@DefaultValue("2.0") @DecimalMin("1.0") double multiplier,
			@DefaultValue("60s") @DurationMin(millis = 1) Duration max,
			@DefaultValue("500ms") @DurationMin(millis = 0) Duration jitter) {

		ExponentialBackOff backOff() {
			ExponentialBackOff backOff = new ExponentialBackOff(this.initial.toMillis(), this.multiplier);
			backOff.setMaxInterval(Math.max(this.max.toMillis(), this.initial.toMillis()));
			backOff.setJitter(Math.min(this.jitter.toMillis(), this.initial.toMillis()));
			backOff.setMaxElapsedTime(Long.MAX_VALUE);
			backOff.setMaxAttempts(Long.MAX_VALUE);
			return backOff;
		}

	}

}
