package io.callimport.producer.runs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.callimport.producer.reconciliation.RunKind;
import io.callimport.producer.reconciliation.WindowCounts;

/**
 * Writes the runs done window by window. A run is PENDING until the lease holder claims
 * it (RUNNING, {@code owner_id} = the holder); each finished window adds its figures and
 * moves {@code progress_until}, but only while the run is still owned by the writer, so a
 * replica that lost the lease cannot record anything after its successor took over.
 */
@Repository
class RunStore {

	private static final String CLAIMED = "id, kind, window_from, window_to, progress_until, attempts";

	private final JdbcClient jdbc;

	RunStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID create(String tenantId, RunKind kind, Instant from, Instant to) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO reconciliation_runs (id, tenant_id, kind, status, window_from, window_to, windows_total)
				VALUES (:id, :tenantId, :kind, 'PENDING', :from, :to, :total)
				""")
			.param("id", id)
			.param("tenantId", tenantId)
			.param("kind", kind.name())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("total", DayWindows.count(from, to))
			.update();
		return id;
	}

	/**
	 * Takes the next unfinished run that is due: nightly and manual ones before
	 * backfills, then the oldest; one a previous holder left RUNNING is taken over.
	 */
	Optional<ClaimedRun> claimNext(String tenantId, String holderId) {
		return this.jdbc.sql("""
				UPDATE reconciliation_runs SET status = 'RUNNING', owner_id = :holderId,
				    started_at = coalesce(started_at, now())
				WHERE id = (SELECT id FROM reconciliation_runs
				            WHERE tenant_id = :tenantId AND kind <> 'GAP' AND status IN ('PENDING', 'RUNNING')
				              AND (next_attempt_at IS NULL OR next_attempt_at <= now())
				            ORDER BY (kind = 'BACKFILL'), created_at, id
				            LIMIT 1 FOR UPDATE SKIP LOCKED)
				RETURNING""" + " " + CLAIMED)
			.param("tenantId", tenantId)
			.param("holderId", holderId)
			.query(RunStore::claimed)
			.optional();
	}

	/** Records a finished window; false when the run is no longer this replica's. */
	boolean windowDone(ClaimedRun run, String holderId, Instant windowTo, WindowCounts counts, int requests) {
		return this.jdbc.sql("""
				UPDATE reconciliation_runs SET progress_until = :windowTo, windows_done = windows_done + 1,
				    found = found + :found, already_imported = already_imported + :imported,
				    in_flight = in_flight + :inFlight, requeued = requeued + :requeued, failed = failed + :failed,
				    genesys_requests = genesys_requests + :requests, attempts = 0, next_attempt_at = NULL, error = NULL,
				    status = CASE WHEN :windowTo >= window_to THEN 'SUCCEEDED' ELSE 'RUNNING' END,
				    finished_at = CASE WHEN :windowTo >= window_to THEN now() END
				WHERE id = :id AND owner_id = :holderId AND status = 'RUNNING'
				""")
			.param("id", run.id())
			.param("holderId", holderId)
			.param("windowTo", Timestamp.from(windowTo))
			.param("found", counts.found())
			.param("imported", counts.alreadyImported())
			.param("inFlight", counts.inFlight())
			.param("requeued", counts.requeued())
			.param("failed", counts.failed())
			.param("requests", requests)
			.update() == 1;
	}

	/**
	 * Records a failed attempt of the run's next window: tried again after
	 * {@code retryAfter}, or, when that is null, the run fails.
	 */
	boolean windowFailed(ClaimedRun run, String holderId, String error, int requests, @Nullable Duration retryAfter) {
		return this.jdbc.sql("""
				UPDATE reconciliation_runs SET attempts = attempts + 1, error = :error,
				    genesys_requests = genesys_requests + :requests,
				    next_attempt_at = now() + CAST(:retryMillis AS bigint) * interval '1 millisecond',
				    status = CASE WHEN CAST(:retryMillis AS bigint) IS NULL THEN 'FAILED' ELSE status END,
				    finished_at = CASE WHEN CAST(:retryMillis AS bigint) IS NULL THEN now() END
				WHERE id = :id AND owner_id = :holderId AND status = 'RUNNING'
				""")
			.param("id", run.id())
			.param("holderId", holderId)
			.param("error", error)
			.param("requests", requests)
			.param("retryMillis", (retryAfter != null) ? retryAfter.toMillis() : null)
			.update() == 1;
	}

	/** Counts the requests of a window that was interrupted (it is repeated later). */
	void addRequests(ClaimedRun run, int requests) {
		this.jdbc.sql("UPDATE reconciliation_runs SET genesys_requests = genesys_requests + :requests WHERE id = :id")
			.param("id", run.id())
			.param("requests", requests)
			.update();
	}

	/** GAP runs a previous holder left RUNNING (their gaps are healed again). */
	int failAbandonedGapRuns(String tenantId, String holderId) {
		return this.jdbc.sql("""
				UPDATE reconciliation_runs SET status = 'FAILED', finished_at = now(),
				    error = 'Abandoned: the replica running it stopped holding the lease; its gap is healed again'
				WHERE tenant_id = :tenantId AND kind = 'GAP' AND status = 'RUNNING'
				  AND owner_id IS DISTINCT FROM :holderId
				""").param("tenantId", tenantId).param("holderId", holderId).update();
	}

	/** The end of the latest nightly window that was, or is being, covered. */
	Optional<Instant> lastNightlyEnd(String tenantId) {
		return this.jdbc.sql("""
				SELECT max(window_to) FROM reconciliation_runs
				WHERE tenant_id = :tenantId AND kind = 'NIGHTLY' AND status <> 'FAILED'
				""")
			.param("tenantId", tenantId)
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.single();
	}

	private static ClaimedRun claimed(ResultSet rs, int row) throws SQLException {
		Timestamp progress = rs.getTimestamp("progress_until");
		return new ClaimedRun(rs.getObject("id", UUID.class), RunKind.valueOf(rs.getString("kind")),
				rs.getTimestamp("window_from").toInstant(), rs.getTimestamp("window_to").toInstant(),
				(progress != null) ? progress.toInstant() : null, rs.getInt("attempts"));
	}

}
