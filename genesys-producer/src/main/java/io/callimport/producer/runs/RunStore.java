package io.callimport.producer.runs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.callimport.producer.reconciliation.ReconciliationRun;
import io.callimport.producer.reconciliation.RunKind;
import io.callimport.producer.reconciliation.WindowCounts;

/**
 * Writes the runs done window by window. A run is PENDING until the lease holder claims
 * it (RUNNING, {@code owner_id} = the holder); each finished window adds its figures and
 * moves {@code progress_until}, but only while the run is still owned by the writer, so a
 * replica that lost the lease cannot record anything after its successor took over.
 */
@Component
class RunStore {

	private final RunRepository runs;

	RunStore(RunRepository runs) {
		this.runs = runs;
	}

	@Transactional
	UUID create(String tenantId, RunKind kind, Instant from, Instant to) {
		return this.runs.save(new ReconciliationRun(tenantId, kind, from, to, DayWindows.count(from, to))).getId();
	}

	/**
	 * Takes the next unfinished run that is due: nightly and manual ones before
	 * backfills, then the oldest; one a previous holder left RUNNING is taken over.
	 */
	@Transactional
	Optional<ClaimedRun> claimNext(String tenantId, String holderId) {
		return this.runs.claimNext(tenantId, holderId)
			.stream()
			.findFirst()
			.flatMap(this.runs::findById)
			.map((run) -> new ClaimedRun(run.getId(), run.kind(), run.windowFrom(), run.windowTo(), run.progressUntil(),
					run.attempts()));
	}

	/** Records a finished window; false when the run is no longer this replica's. */
	boolean windowDone(ClaimedRun run, String holderId, Instant windowTo, WindowCounts counts, int requests) {
		return this.runs.windowDone(run.id(), holderId, windowTo, counts.found(), counts.alreadyImported(),
				counts.inFlight(), counts.requeued(), counts.failed(), requests) == 1;
	}

	/**
	 * Records a failed attempt of the run's next window: tried again after
	 * {@code retryAfter}, or, when that is null, the run fails.
	 */
	boolean windowFailed(ClaimedRun run, String holderId, String error, int requests, @Nullable Duration retryAfter) {
		return this.runs.windowFailed(run.id(), holderId, error, requests,
				(retryAfter != null) ? retryAfter.toMillis() : null) == 1;
	}

	/** Counts the requests of a window that was interrupted (it is repeated later). */
	void addRequests(ClaimedRun run, int requests) {
		this.runs.addRequests(run.id(), requests);
	}

	/** GAP runs a previous holder left RUNNING (their gaps are healed again). */
	int failAbandonedGapRuns(String tenantId, String holderId) {
		return this.runs.failAbandonedGapRuns(tenantId, holderId);
	}

	/** The end of the latest nightly window that was, or is being, covered. */
	Optional<Instant> lastNightlyEnd(String tenantId) {
		return this.runs.findLastNightlyEnd(tenantId);
	}

}
