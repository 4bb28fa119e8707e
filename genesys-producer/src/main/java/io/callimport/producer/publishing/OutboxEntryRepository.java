package io.callimport.producer.publishing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code outbox_messages} table. {@code INSTANT} in JPQL is the database's
 * {@code current_timestamp}, as in the SQL of the claim.
 */
interface OutboxEntryRepository extends Repository<OutboxEntry, UUID> {

	OutboxEntry saveAndFlush(OutboxEntry entry);

	long countByTenantIdAndPublishedAtIsNull(String tenantId);

	/** Due rows of the tenant, oldest first, locked until the transaction ends. */
	// native: FOR UPDATE SKIP LOCKED, so that two relays (replicas) claim different rows
	@NativeQuery("""
			SELECT * FROM outbox_messages
			WHERE tenant_id = :tenantId AND published_at IS NULL AND next_attempt_at <= now()
			ORDER BY created_at, id
			LIMIT :limit
			FOR UPDATE SKIP LOCKED""")
	List<OutboxEntry> claim(String tenantId, int limit);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Transactional
	@Query("""
			UPDATE OutboxEntry o SET o.publishedAt = INSTANT, o.attempts = o.attempts + 1, o.lastError = NULL
			WHERE o.id IN :ids""")
	int markPublished(Collection<UUID> ids);

	// native: the next attempt is database time plus an interval (the claim compares it
	// with now())
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Transactional
	@NativeQuery("""
			UPDATE outbox_messages SET attempts = attempts + 1, last_error = :error,
			    next_attempt_at = now() + :delayMillis * interval '1 millisecond'
			WHERE id = :id""")
	int markFailed(UUID id, String error, long delayMillis);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Transactional
	@Query("""
			UPDATE OutboxEntry o SET o.nextAttemptAt = INSTANT
			WHERE o.tenantId = :tenantId AND o.publishedAt IS NULL AND o.nextAttemptAt > INSTANT""")
	int makeDue(String tenantId);

	// native: retention deletes in batches (DELETE … WHERE id IN (SELECT … LIMIT)), as
	// JPQL
	// has no LIMIT in a bulk delete
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Transactional
	@NativeQuery("""
			DELETE FROM outbox_messages WHERE id IN (
			    SELECT id FROM outbox_messages
			    WHERE tenant_id = :tenantId AND published_at IS NOT NULL AND published_at < :before
			    LIMIT :batch)""")
	int deletePublishedBefore(String tenantId, Instant before, int batch);

}
