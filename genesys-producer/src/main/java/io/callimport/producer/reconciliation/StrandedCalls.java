package io.callimport.producer.reconciliation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.producer.publishing.ConversationOutbox;

/**
 * Calls that would otherwise wait for ever: published, but with no final status long
 * after (the message was lost, or dead-lettered where nobody recorded it), and FAILED
 * calls whose failure may pass by itself. Reconciliation publishes the first again; the
 * nightly run replays the second, at most
 * {@link StrandedCallsProperties#nightlyRetries()} times per call and only for
 * {@link StrandedCallsProperties#retryableReasons()}.
 */
@Component
class StrandedCalls {

	private static final Logger log = LoggerFactory.getLogger(StrandedCalls.class);

	private final JdbcClient jdbc;

	private final ConversationOutbox outbox;

	private final StrandedCallsProperties properties;

	private final Clock clock;

	StrandedCalls(JdbcClient jdbc, ConversationOutbox outbox, StrandedCallsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Of these conversations, those published (or published again) longer ago than the
	 * threshold whose call has no final status, and no message waits in the outbox.
	 */
	Set<String> stale(String tenantId, List<String> conversationIds) {
		if (conversationIds.isEmpty()) {
			return Set.of();
		}
		Timestamp before = Timestamp.from(this.clock.instant().minus(this.properties.requeueAfter()));
		return new HashSet<>(this.jdbc.sql("""
				SELECT p.conversation_id FROM published_conversations p
				LEFT JOIN calls c ON c.tenant_id = p.tenant_id AND c.conversation_id = p.conversation_id
				WHERE p.tenant_id = :tenantId AND p.conversation_id = ANY(:ids)
				    AND COALESCE(p.requeued_at, p.detected_at) < :before
				    AND (c.id IS NULL OR (c.status = 'PENDING' AND c.updated_at < :before))
				    AND NOT EXISTS (SELECT 1 FROM outbox_messages o WHERE o.tenant_id = p.tenant_id
				        AND o.conversation_id = p.conversation_id AND o.published_at IS NULL)
				""")
			.param("tenantId", tenantId)
			.param("ids", conversationIds.toArray(String[]::new))
			.param("before", before)
			.query(String.class)
			.list());
	}

	/** Publishes a stranded conversation again. */
	@Transactional
	void requeue(String tenantId, FoundConversation conversation, CallSource source) {
		ConversationEnded message = ConversationEnded.of(tenantId, conversation.conversationId(),
				conversation.agentUserId(), conversation.end(), this.clock.instant(), source);
		this.outbox.enqueueAgain(message);
		this.jdbc.sql("""
				UPDATE published_conversations SET requeued_at = :now
				WHERE tenant_id = :tenantId AND conversation_id = :conversationId
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("tenantId", tenantId)
			.param("conversationId", conversation.conversationId())
			.update();
		log.warn("Conversation {} was published long ago and has no final status: published again as {}",
				conversation.conversationId(), message.messageId());
	}

	/**
	 * Of these conversations, the OPEN failure of each one the nightly run may replay: a
	 * retryable reason, and fewer nightly replays so far than the limit.
	 */
	Map<String, UUID> retryableFailures(String tenantId, List<String> conversationIds) {
		Map<String, UUID> failures = new HashMap<>();
		if (conversationIds.isEmpty() || this.properties.nightlyRetries() == 0) {
			return failures;
		}
		this.jdbc.sql("""
				SELECT f.id, f.conversation_id FROM import_failures f
				WHERE f.tenant_id = :tenantId AND f.conversation_id = ANY(:ids) AND f.status = 'OPEN'
				    AND f.reason_code = ANY(:reasons)
				    AND (SELECT count(*) FROM import_failures g WHERE g.tenant_id = f.tenant_id
				        AND g.conversation_id = f.conversation_id AND g.auto_replayed_at IS NOT NULL) < :limit
				""")
			.param("tenantId", tenantId)
			.param("ids", conversationIds.toArray(String[]::new))
			.param("reasons", this.properties.retryableReasons().toArray(String[]::new))
			.param("limit", this.properties.nightlyRetries())
			.query((rs, row) -> Map.entry(rs.getString("conversation_id"), rs.getObject("id", UUID.class)))
			.list()
			.forEach((entry) -> failures.put(entry.getKey(), entry.getValue()));
		return failures;
	}

	/**
	 * Replays a failure as the failures API does, counted as a nightly replay.
	 * @return false when it is no longer OPEN (an operator replayed it meanwhile)
	 */
	@Transactional
	boolean retry(String tenantId, FoundConversation conversation, UUID failureId) {
		int replayed = this.jdbc.sql("""
				UPDATE import_failures SET status = 'REPLAYED', replayed_at = now(), replay_count = replay_count + 1,
				    auto_replayed_at = now()
				WHERE id = :id AND tenant_id = :tenantId AND status = 'OPEN'
				""").param("id", failureId).param("tenantId", tenantId).update();
		if (replayed == 0) {
			return false;
		}
		ConversationEnded message = ConversationEnded.of(tenantId, conversation.conversationId(),
				conversation.agentUserId(), conversation.end(), this.clock.instant(), CallSource.RECONCILIATION);
		this.outbox.enqueueAgain(message);
		log.info("Nightly run replays failure {} of conversation {} as message {}", failureId,
				conversation.conversationId(), message.messageId());
		return true;
	}

}
