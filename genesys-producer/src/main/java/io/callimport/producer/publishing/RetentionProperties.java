package io.callimport.producer.publishing;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the producer keeps what it published ({@code retention.*}).
 *
 * @param outbox published outbox rows are deleted this long after the broker confirmed
 * them (rows not yet published are never deleted)
 * @param publishedConversations the memory that publishes each conversation once: kept
 * longer than any window reconciliation looks at, so a conversation is not published
 * again while it matters (an older one found by a backfill is checked against the
 * imported calls as well)
 * @param interval how often the deletion runs
 * @param batchSize rows deleted per statement, so that a large backlog never holds one
 * long transaction
 */
@Validated
@ConfigurationProperties("retention")
public record RetentionProperties(@DefaultValue("7d") @DurationMin(hours = 1) Duration outbox,
		@DefaultValue("90d") @DurationMin(days = 2) Duration publishedConversations,
		@DefaultValue("1h") @DurationMin(seconds = 1) Duration interval,
		@DefaultValue("5000") @Min(1) @Max(100_000) int batchSize) {

}
