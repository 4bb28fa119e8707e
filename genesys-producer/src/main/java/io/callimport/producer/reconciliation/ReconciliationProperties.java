package io.callimport.producer.reconciliation;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How reconciliations list conversations and publish the missing ones
 * ({@code reconciliation.*}; the schedule and runs are in {@code RunProperties}).
 *
 * @param pageSize conversations per page of the details query (Genesys allows 100)
 * @param usersPerQuery user-id predicates per query or job; more agents are listed in
 * chunks
 * @param lookback how long before the window a conversation may have started (the query
 * selects by start day, so its interval reaches back this far)
 * @param maxPages pages per query or job at most, a guard against a runaway listing
 * @param jobs when the async details jobs API lists the settled part of a window
 * @param pacing how far ahead of the consumer a nightly run or backfill may publish
 */
@Validated
@ConfigurationProperties("reconciliation")
public record ReconciliationProperties(@DefaultValue("100") @Min(1) @Max(100) int pageSize,
		@DefaultValue("50") @Min(1) @Max(500) int usersPerQuery,
		@DefaultValue("12h") @DurationMin(minutes = 0) Duration lookback, @DefaultValue("2000") @Min(1) int maxPages,
		@DefaultValue @Valid Jobs jobs, @DefaultValue @Valid Pacing pacing) {

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
