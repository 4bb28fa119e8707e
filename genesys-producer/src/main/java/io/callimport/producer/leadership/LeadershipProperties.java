package io.callimport.producer.leadership;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The lease that makes one replica the holder of the socket ({@code leadership.*}). A
 * holder that dies is replaced within {@code lease-duration + renew-interval}.
 *
 * @param leaseDuration how long a renewal holds (database time)
 * @param renewInterval how often the holder renews, and a standby tries to take over
 * @param safetyMargin how much earlier than its lease's end a holder that cannot renew
 * (database unreachable) stops its socket (at least 500 ms: the lease is checked every
 * 250 ms)
 */
@Validated
@ConfigurationProperties("leadership")
public record LeadershipProperties(@DefaultValue("15s") @DurationMin(millis = 100) Duration leaseDuration,
		@DefaultValue("5s") @DurationMin(millis = 50) Duration renewInterval,
		@DefaultValue("2s") @DurationMin(millis = 500) Duration safetyMargin) {

	@AssertTrue(message = "renew-interval plus safety-margin must be shorter than lease-duration")
	public boolean isRenewedInTime() {
		return this.renewInterval.plus(this.safetyMargin).compareTo(this.leaseDuration) < 0;
	}

}
