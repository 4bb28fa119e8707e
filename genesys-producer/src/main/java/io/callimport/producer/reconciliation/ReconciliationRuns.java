package io.callimport.producer.reconciliation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the {@code reconciliation_runs} rows of runs done in one go (gap healing):
 * RUNNING while it works, then SUCCEEDED with its counts, or FAILED with the reason. Runs
 * done window by window are written by the {@code runs} package.
 */
@Component
class ReconciliationRuns {

	private final ReconciliationRunRepository runs;

	private final Clock clock;

	ReconciliationRuns(ReconciliationRunRepository runs, Clock clock) {
		this.runs = runs;
		this.clock = clock;
	}

	@Transactional
	UUID start(String tenantId, RunKind kind, Instant from, Instant to, String ownerId) {
		ReconciliationRun run = new ReconciliationRun(tenantId, kind, from, to, 1);
		run.start(ownerId, this.clock.instant());
		return this.runs.save(run).getId();
	}

	/** Records the counts of a run that went through the whole window. */
	@Transactional
	void finished(RunResult result, int genesysRequests) {
		this.runs.findById(result.runId())
			.ifPresent((run) -> run.finished(result, genesysRequests, this.clock.instant()));
	}

	@Transactional
	void failed(UUID runId, String error, int genesysRequests) {
		this.runs.findById(runId).ifPresent((run) -> run.failed(error, genesysRequests, this.clock.instant()));
	}

}
