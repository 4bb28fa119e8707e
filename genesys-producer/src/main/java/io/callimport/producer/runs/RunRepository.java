package io.callimport.producer.runs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

import io.callimport.producer.reconciliation.ReconciliationRun;
import io.callimport.producer.reconciliation.RunKind;
import io.callimport.producer.reconciliation.RunStatus;

/**
 * {@code reconciliation_runs} as the runs API and the window-by-window executor use it.
 * Every write of a claimed run is conditional on the run still being owned by the writer
 * (and RUNNING), in one statement, so a replica that lost the lease records nothing after
 * its successor took over.
 */
interface RunRepository extends Repository<ReconciliationRun, UUID>, JpaSpecificationExecutor<ReconciliationRun> {

	ReconciliationRun save(ReconciliationRun run);

	Optional<ReconciliationRun> findById(UUID id);

	Optional<ReconciliationRun> findByIdAndTenantId(UUID id, String tenantId);

	/**
	 * Takes the next unfinished run that is due: nightly and manual ones before
	 * backfills, then the oldest; one a previous holder left RUNNING is taken over. The
	 * claimed id, none when nothing is due.
	 */
	// native: UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED) RETURNING, a
	// take-over
	// in one statement that two replicas cannot both win
	@Transactional
	@NativeQuery("""
			UPDATE reconciliation_runs SET status = 'RUNNING', owner_id = :holderId,
			    started_at = coalesce(started_at, now())
			WHERE id = (SELECT id FROM reconciliation_runs
			            WHERE tenant_id = :tenantId AND kind <> 'GAP' AND status IN ('PENDING', 'RUNNING')
			              AND (next_attempt_at IS NULL OR next_attempt_at <= now())
			            ORDER BY (kind = 'BACKFILL'), created_at, id
			            LIMIT 1 FOR UPDATE SKIP LOCKED)
			RETURNING id""")
	List<UUID> claimNext(String tenantId, String holderId);

	/** Records a finished window; 0 when the run is no longer {@code holderId}'s. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Transactional
	@Query("""
			UPDATE ReconciliationRun r SET r.progressUntil = :windowTo, r.windowsDone = r.windowsDone + 1,
			    r.found = r.found + :found, r.alreadyImported = r.alreadyImported + :imported,
			    r.inFlight = r.inFlight + :inFlight, r.requeued = r.requeued + :requeued, r.failed = r.failed + :failed,
			    r.genesysRequests = r.genesysRequests + :requests, r.attempts = 0, r.nextAttemptAt = NULL,
			    r.error = NULL,
			    r.status = CASE WHEN :windowTo >= r.windowTo THEN io.callimport.producer.reconciliation.RunStatus.SUCCEEDED
			        ELSE io.callimport.producer.reconciliation.RunStatus.RUNNING END,
			    r.finishedAt = CASE WHEN :windowTo >= r.windowTo THEN INSTANT ELSE NULL END
			WHERE r.id = :id AND r.ownerId = :holderId
			    AND r.status = io.callimport.producer.reconciliation.RunStatus.RUNNING""")
	int windowDone(UUID id, String holderId, Instant windowTo, int found, int imported, int inFlight, int requeued,
			int failed, int requests);

	/**
	 * Records a failed attempt of the run's next window: tried again after
	 * {@code retryMillis}, or, when that is null, the run fails. 0 when the run is no
	 * longer {@code holderId}'s.
	 */
	// native: the next attempt is database time plus an interval (the claim compares it
	// with now())
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Transactional
	@NativeQuery("""
			UPDATE reconciliation_runs SET attempts = attempts + 1, error = :error,
			    genesys_requests = genesys_requests + :requests,
			    next_attempt_at = now() + CAST(:retryMillis AS bigint) * interval '1 millisecond',
			    status = CASE WHEN CAST(:retryMillis AS bigint) IS NULL THEN 'FAILED' ELSE status END,
			    finished_at = CASE WHEN CAST(:retryMillis AS bigint) IS NULL THEN now() END
			WHERE id = :id AND owner_id = :holderId AND status = 'RUNNING'""")
	int windowFailed(UUID id, String holderId, String error, int requests, @Nullable Long retryMillis);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Transactional
	@Query("UPDATE ReconciliationRun r SET r.genesysRequests = r.genesysRequests + :requests WHERE r.id = :id")
	int addRequests(UUID id, int requests);

	/** GAP runs a previous holder left RUNNING (their gaps are healed again). */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Transactional
	@Query("""
			UPDATE ReconciliationRun r SET r.status = io.callimport.producer.reconciliation.RunStatus.FAILED,
			    r.finishedAt = INSTANT,
			    r.error = 'Abandoned: the replica running it stopped holding the lease; its gap is healed again'
			WHERE r.tenantId = :tenantId AND r.kind = io.callimport.producer.reconciliation.RunKind.GAP
			    AND r.status = io.callimport.producer.reconciliation.RunStatus.RUNNING
			    AND r.ownerId IS DISTINCT FROM :holderId""")
	int failAbandonedGapRuns(String tenantId, String holderId);

	/** The end of the latest nightly window that was, or is being, covered. */
	@Query("""
			SELECT max(r.windowTo) FROM ReconciliationRun r
			WHERE r.tenantId = :tenantId AND r.kind = io.callimport.producer.reconciliation.RunKind.NIGHTLY
			    AND r.status <> io.callimport.producer.reconciliation.RunStatus.FAILED""")
	Optional<Instant> findLastNightlyEnd(String tenantId);

	/** The tenant's runs, of one kind and status when those are given. */
	static Specification<ReconciliationRun> matching(String tenantId, @Nullable RunKind kind,
			@Nullable RunStatus status) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("tenantId"), tenantId));
			if (kind != null) {
				where.add(cb.equal(root.get("kind"), kind));
			}
			if (status != null) {
				where.add(cb.equal(root.get("status"), status));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
