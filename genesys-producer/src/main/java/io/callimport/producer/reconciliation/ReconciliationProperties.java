package io.callimport.producer.reconciliation;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Reconciliation ({@code reconciliation.*}, the one record of that prefix): when the
 * nightly run starts and what windows runs cover, how runs are executed, how
 * conversations are listed and how fast the missing ones are published. (The stranded
 * calls policy has a prefix of its own, {@code reconciliation.stranded}.)
 *
 * @param pageSize conversations per page of the details query (Genesys allows 100)
 * @param usersPerQuery user-id predicates per query or job; more agents are listed in
 * chunks
 * @param lookback how long before the window a conversation may have started (the query
 * selects by start day, so its interval reaches back this far)
 * @param maxPages pages per query or job at most, a guard against a runaway listing
 * @param jobs when the async details jobs API lists the settled part of a window
 * @param pacing how far ahead of the consumer a nightly run or backfill may publish
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
public record ReconciliationProperties(@DefaultValue("100") @Min(1) @Max(100) int pageSize,
		@DefaultValue("50") @Min(1) @Max(500) int usersPerQuery,
		@DefaultValue("12h") @DurationMin(minutes = 0) Duration lookback, @DefaultValue("2000") @Min(1) int maxPages,
		@DefaultValue @Valid Jobs jobs, @DefaultValue @Valid Pacing pacing,
		@DefaultValue("0 0 2 * * ?") @QuartzCron String cron, @DefaultValue("UTC") @TimeZoneName String zone,
		@DefaultValue("24h") @DurationMin(minutes = 1) Duration window,
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

	/**
	 * The async details jobs API ({@code reconciliation.jobs.*}). It reads a data lake
	 * that lags behind, so only the part of a window before its availability date is
	 * listed by a job; the rest, and every window shorter than {@code minWindow}, by the
	 * query.
	 *
	 * @param enabled whether jobs are used at all
	 * @param minWindow the shortest settled part of a window worth a job
	 * @param pollInterval between two state checks of a submitted job
	 * @param maxWait how long a job may take before the query lists its part instead
	 * @param pageSize conversations per page of job results (Genesys allows 1000)
	 */
	public record Jobs(@DefaultValue("true") boolean enabled,
			@DefaultValue("6h") @DurationMin(minutes = 1) Duration minWindow,
			@DefaultValue("2s") @DurationMin(millis = 50) Duration pollInterval,
			@DefaultValue("10m") @DurationMin(millis = 100) Duration maxWait,
			@DefaultValue("1000") @Min(1) @Max(1000) int pageSize) {
	}

	/**
	 * Back-pressure for nightly, manual and backfill runs, so that live calls never wait
	 * behind a large backlog in the consumer's queue ({@code reconciliation.pacing.*}).
	 *
	 * @param maxQueued a run publishes only while the conversations queue and this
	 * tenant's outbox hold fewer messages than this
	 * @param checkEvery publications between two looks at the queue
	 * @param checkInterval wait before looking again when the queue is full
	 */
	public record Pacing(@DefaultValue("200") @Min(1) int maxQueued, @DefaultValue("10") @Min(1) int checkEvery,
			@DefaultValue("1s") @DurationMin(millis = 10) Duration checkInterval) {
	}

}
