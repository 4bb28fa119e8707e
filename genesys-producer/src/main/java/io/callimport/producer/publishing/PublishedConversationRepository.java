package io.callimport.producer.publishing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code published_conversations} table.
 */
interface PublishedConversationRepository extends Repository<PublishedConversation, PublishedConversation.Key> {

	/**
	 * 1 when the conversation was not published before (and now is), 0 for a duplicate.
	 */
	// native: INSERT … ON CONFLICT DO NOTHING, so concurrent reports (events, replicas)
	// of
	// one conversation do not fail on the key but count as duplicates
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Transactional
	@NativeQuery("""
			INSERT INTO published_conversations (tenant_id, conversation_id, message_id, source, agent_user_id,
			    ended_at, detected_at)
			VALUES (:tenantId, :conversationId, :messageId, :source, :agentUserId, :endedAt, :detectedAt)
			ON CONFLICT (tenant_id, conversation_id) DO NOTHING""")
	int insertIfAbsent(String tenantId, String conversationId, UUID messageId, String source,
			@Nullable String agentUserId, @Nullable Instant endedAt, @Nullable Instant detectedAt);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Transactional
	@Query("""
			UPDATE PublishedConversation p SET p.requeuedAt = :at
			WHERE p.id.tenantId = :tenantId AND p.id.conversationId = :conversationId""")
	int markRequeued(String tenantId, String conversationId, Instant at);

	// native: retention deletes in batches (… IN (SELECT … LIMIT)), as JPQL has no LIMIT
	// in a
	// bulk delete
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Transactional
	@NativeQuery("""
			DELETE FROM published_conversations WHERE (tenant_id, conversation_id) IN (
			    SELECT tenant_id, conversation_id FROM published_conversations
			    WHERE tenant_id = :tenantId AND detected_at < :before
			    LIMIT :batch)""")
	int deleteDetectedBefore(String tenantId, Instant before, int batch);

}
