package io.callimport.producer.failure;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code import_failures} table. Public for reconciliation's nightly replays
 * ({@link #markAutoReplayed}).
 */
public interface ImportFailureRepository extends Repository<ImportFailure, UUID> {

	Page<ImportFailure> findByTenantId(String tenantId, Pageable pageable);

	Page<ImportFailure> findByTenantIdAndStatus(String tenantId, FailureStatus status, Pageable pageable);

	/** The named failures, locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	List<ImportFailure> findByTenantIdAndIdInOrderByFailedAtAscIdAsc(String tenantId, Collection<UUID> ids);

	/**
	 * The oldest OPEN failures whose conversation id matches {@code pattern} (or that
	 * have none), locked until the transaction ends.
	 */
	// native: a regular expression match (~), which JPQL cannot say
	@NativeQuery("""
			SELECT * FROM import_failures
			WHERE tenant_id = :tenantId AND status = 'OPEN' AND (conversation_id IS NULL OR conversation_id ~ :pattern)
			ORDER BY failed_at, id LIMIT :limit FOR UPDATE""")
	List<ImportFailure> lockOpenMatching(String tenantId, String pattern, int limit);

	long countByTenantIdAndStatus(String tenantId, FailureStatus status);

	/**
	 * Replays an OPEN failure as the nightly reconciliation does (counted against the
	 * nightly retries); 0 when it is no longer OPEN.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Transactional
	@Query("""
			UPDATE ImportFailure f SET f.status = io.callimport.producer.failure.FailureStatus.REPLAYED,
			    f.replayedAt = INSTANT, f.replayCount = f.replayCount + 1, f.autoReplayedAt = INSTANT
			WHERE f.id = :id AND f.tenantId = :tenantId AND f.status = io.callimport.producer.failure.FailureStatus.OPEN""")
	int markAutoReplayed(UUID id, String tenantId);

}
