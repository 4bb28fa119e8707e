package io.callimport.producer.runs;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The nightly schedule and the execution of runs ({@code reconciliation.*}, beside the
 * listing settings of {@code ReconciliationProperties}).
 *
 * @param cron {@code RECONCILIATION_CRON}: when the nightly run starts (Quartz cron, with
 * seconds)
 * @param zone {@code RECONCILIATION_ZONE}: the time zone id of {@code cron}
 * @param window the period a nightly run covers
 * @param overlap added before the window, so that consecutive nights overlap
 * @param settleTime how long before its start a nightly window ends (analytics lags
 * behind)
 * @param maxCatchUp how far back a nightly run reaches to cover nights that were missed
 * (when the last nightly run ended earlier than its own window starts)
 * @param pollInterval how often the lease holder looks for runs to work on
 * @param retryInterval wait before a window that failed is tried again
 * @param maxAttempts attempts of one window before its run fails
 * @param maxRange the longest range the runs API accepts
 */
@Validated
@ConfigurationProperties("reconciliation")
public record RunProperties(@DefaultValue("0 0 2 * * ?") @QuartzCron String cron,
		@DefaultValue("UTC") @TimeZoneName String zone, @DefaultValue("24h") @DurationMin(minutes = 1) Duration window,
		@DefaultValue("1h") @DurationMin(millis = 0) Duration overlap,
		@DefaultValue("15m") @DurationMin(millis = 0) Duration settleTime,
		@DefaultValue("7d") @DurationMin(hours = 1) Duration maxCatchUp,
		@DefaultValue("5s") @DurationMin(millis = 50) Duration pollInterval,
		@DefaultValue("1m") @DurationMin(millis = 10) Duration retryInterval,
		@DefaultValue("5") @Min(1) int maxAttempts, @DefaultValue("366d") @DurationMin(days = 1) Duration maxRange) {

	/** {@link #zone()} as a {@link ZoneId} (valid once bound). */
	public ZoneId zoneId() {
		return ZoneId.of(this.zone);
	}

}
