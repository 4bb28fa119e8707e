package io.callimport.producer.reconciliation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the {@code reconciliation_runs} rows of runs done in one go (gap healing):
 * RUNNING while it works, then SUCCEEDED with its counts, or FAILED with the reason. Runs
 * done window by window are written by the {@code runs} package.
 */
@Repository
class ReconciliationRuns {

	private final JdbcClient jdbc;

	ReconciliationRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID start(String tenantId, RunKind kind, Instant from, Instant to, String ownerId) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO reconciliation_runs (id, tenant_id, kind, status, window_from, window_to, started_at,
				    owner_id)
				VALUES (:id, :tenantId, :kind, 'RUNNING', :from, :to, now(), :owner)
				""")
			.param("owner", ownerId)
			.param("id", id)
			.param("tenantId", tenantId)
			.param("kind", kind.name())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.update();
		return id;
	}

	/** Records the counts of a run that went through the whole window. */
	void finished(RunResult result, int genesysRequests) {
		this.jdbc.sql("""
				UPDATE reconciliation_runs SET status = :status, error = CAST(:error AS text),
				    progress_until = CASE WHEN CAST(:succeeded AS boolean) THEN window_to END, windows_done = 1,
				    found = :found, already_imported = :imported, in_flight = :inFlight, requeued = :requeued,
				    failed = :failed, genesys_requests = :requests, finished_at = now()
				WHERE id = :id
				""")
			.param("id", result.runId())
			.param("status", result.succeeded() ? "SUCCEEDED" : "FAILED")
			.param("succeeded", result.succeeded())
			.param("error", result.error())
			.param("found", result.found())
			.param("imported", result.alreadyImported())
			.param("inFlight", result.inFlight())
			.param("requeued", result.requeued())
			.param("failed", result.failed())
			.param("requests", genesysRequests)
			.update();
	}

	void failed(UUID runId, String error, int genesysRequests) {
		this.jdbc.sql("""
				UPDATE reconciliation_runs SET status = 'FAILED', error = :error, genesys_requests = :requests,
				    finished_at = now()
				WHERE id = :id
				""").param("id", runId).param("error", error).param("requests", genesysRequests).update();
	}

}
