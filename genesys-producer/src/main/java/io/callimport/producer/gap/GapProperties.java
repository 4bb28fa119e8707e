package io.callimport.producer.gap;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Gap healing ({@code gap.*}).
 *
 * @param settleTime how long after a gap ends analytics is given to list its
 * conversations before it is healed
 * @param margin added on both sides of a gap, for events in flight and clock differences
 * @param checkInterval how often gaps due for healing are looked for
 * @param retryInterval how long after a failed heal it is tried again
 * @param maxHealWindow the longest window one heal reconciles (its newest part; the rest
 * is reported for a backfill): Genesys' details query spans at most 31 days, lookback
 * included, so the heal uses at most 31 days minus {@code reconciliation.lookback}
 */
@Validated
@ConfigurationProperties("gap")
public record GapProperties(@DefaultValue("3m") @DurationMin(millis = 0) Duration settleTime,
		@DefaultValue("1m") @DurationMin(millis = 0) Duration margin,
		@DefaultValue("15s") @DurationMin(millis = 100) Duration checkInterval,
		@DefaultValue("1m") @DurationMin(millis = 100) Duration retryInterval,
		@DefaultValue("30d") @DurationMin(minutes = 1) @DurationMax(days = 31) Duration maxHealWindow) {
}
