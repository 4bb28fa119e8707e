package io.callimport.consumer.failure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code import_failures}, and the {@code calls} and {@code tenants} rows a failure
 * touches. {@code calls} has no entity in the consumer (the importer reaches it with
 * plain SQL, see docs/architecture.md), so its statements here are native too.
 */
interface ImportFailureRows extends Repository<ImportFailure, UUID> {

	// native: ON CONFLICT on the partial unique index (one OPEN failure per
	// conversation) makes a second failure of the conversation update the first,
	// atomically
	@Transactional
	@Modifying
	@Query(value = """
			INSERT INTO import_failures (id, tenant_id, conversation_id, message_id, reason_code, reason, payload,
			    attempts, status, failed_at)
			VALUES (:id, :tenantId, :conversationId, :messageId, :code, :reason, :payload, :attempts, 'OPEN', now())
			ON CONFLICT (tenant_id, conversation_id) WHERE status = 'OPEN'
			DO UPDATE SET message_id = excluded.message_id, reason_code = excluded.reason_code,
			    reason = excluded.reason, payload = excluded.payload, attempts = excluded.attempts, failed_at = now()
			""", nativeQuery = true)
	void upsertOpen(UUID id, String tenantId, String conversationId, UUID messageId, String code, String reason,
			String payload, int attempts);

	@Transactional
	@Modifying
	@Query(value = """
			UPDATE calls SET status = 'FAILED', status_reason = :reason, updated_at = :now
			WHERE id = :callId AND status IN ('PENDING', 'FAILED')
			""", nativeQuery = true)
	int markCallFailed(UUID callId, String reason, Instant now);

	// native: insert unless the call has a row, which an import or the producer may
	// create at the same moment (ON CONFLICT DO NOTHING)
	@Transactional
	@Modifying
	@Query(value = """
			INSERT INTO calls (id, tenant_id, conversation_id, status, status_reason, source, agent_user_id,
			    agent_user_ids, ended_at, detected_at)
			VALUES (:callId, :tenantId, :conversationId, 'FAILED', :reason, :source, CAST(:agent AS text), :agents,
			    CAST(:endedAt AS timestamptz), :detectedAt)
			ON CONFLICT DO NOTHING
			""", nativeQuery = true)
	void insertFailedCall(UUID callId, String tenantId, String conversationId, String reason, String source,
			@Nullable String agent, String[] agents, @Nullable Instant endedAt, Instant detectedAt);

	@Query(value = "SELECT status FROM calls WHERE id = :callId FOR UPDATE", nativeQuery = true)
	Optional<String> lockCallStatus(UUID callId);

	@Query("select case when count(t) > 0 then true else false end from Tenant t where t.id = :tenantId")
	boolean tenantExists(String tenantId);

	boolean existsByTenantIdAndConversationIdAndMessageId(String tenantId, String conversationId, UUID messageId);

	@Query("""
			select t.id as tenantId, count(f.id) as openFailures from Tenant t
			left join ImportFailure f on f.tenantId = t.id and f.status = :open
			group by t.id
			""")
	List<OpenFailures> countPerTenant(FailureStatus open);

	/** A tenant's count. */
	interface OpenFailures {

		String getTenantId();

		long getOpenFailures();

	}

}
