package io.callimport.consumer.intake;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The dead-letter reader ({@code consumer.dead-letters.*}): it lists every message of the
 * dead-letter queue as an import failure, then parks it.
 *
 * @param enabled whether this consumer reads the dead-letter queue
 * ({@code CONSUMER_DEADLETTERS_ENABLED})
 * @param pollInterval pause between two reads of the queue; a read takes what is there,
 * up to {@code batchSize} ({@code CONSUMER_DEADLETTERS_POLLINTERVAL})
 * @param batchSize messages taken per read at most
 */
@Validated
@ConfigurationProperties("consumer.dead-letters")
public record DeadLetterProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("30s") @DurationMin(millis = 100) Duration pollInterval,
		@DefaultValue("500") @Min(1) @Max(100_000) int batchSize) {
}
