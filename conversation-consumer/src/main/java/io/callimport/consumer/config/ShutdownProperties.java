package io.callimport.consumer.config;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the consumer stops.
 *
 * @param drainTimeout how long, from SIGTERM, the imports under way may take to finish
 * before the consumer stops anyway ({@code CONSUMER_SHUTDOWN_DRAIN_TIMEOUT}); keep it
 * below the pod's {@code terminationGracePeriodSeconds} (120 s in the chart). What is not
 * finished by then is left unacknowledged, and the broker delivers it again.
 */
@Validated
@ConfigurationProperties("consumer.shutdown")
public record ShutdownProperties(@DefaultValue("110s") Duration drainTimeout) {

	@AssertTrue(message = "drain-timeout must not be negative")
	public boolean isDrainTimeoutValid() {
		return this.drainTimeout == null || !this.drainTimeout.isNegative();
	}

}
