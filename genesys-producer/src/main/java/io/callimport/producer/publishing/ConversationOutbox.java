package io.callimport.producer.publishing;

import java.sql.Timestamp;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.callimport.model.message.ConversationEnded;
import io.callimport.model.messaging.ImportLane;
import io.callimport.model.messaging.MessagingTopology;

/**
 * Hands {@link ConversationEnded} messages to the relay through the outbox. With
 * de-duplication, the conversation's {@code published_conversations} row and the outbox
 * row are written in one transaction, so a conversation is enqueued once whichever
 * events, reconnects or replicas report it.
 */
@Component
public class ConversationOutbox {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final OutboxRelay relay;

	private final PublishingMetrics metrics;

	ConversationOutbox(JdbcClient jdbc, OutboxRelay relay, PublishingMetrics metrics) {
		this.jdbc = jdbc;
		this.relay = relay;
		this.metrics = metrics;
	}

	/**
	 * Enqueues the message unless its conversation was enqueued before.
	 * @return whether it was enqueued ({@code false}: a duplicate)
	 */
	@Transactional
	public boolean enqueueOnce(ConversationEnded message) {
		int claimed = this.jdbc.sql("""
				INSERT INTO published_conversations (tenant_id, conversation_id, message_id, source, agent_user_id,
				    ended_at, detected_at)
				VALUES (:tenantId, :conversationId, :messageId, :source, :agent, :endedAt, :detectedAt)
				ON CONFLICT (tenant_id, conversation_id) DO NOTHING
				""")
			.param("tenantId", message.tenantId())
			.param("conversationId", message.conversationId())
			.param("messageId", message.messageId())
			.param("source", message.source().name())
			.param("agent", message.agentUserId())
			.param("endedAt", timestamp(message.endedAt()))
			.param("detectedAt", timestamp(message.detectedAt()))
			.update();
		if (claimed == 0) {
			this.metrics.published(message.source().name(), "duplicate");
			return false;
		}
		insert(message);
		return true;
	}

	/**
	 * Enqueues the message even if its conversation was published before (an operator's
	 * replay). Joins the caller's transaction.
	 */
	@Transactional
	public void enqueueAgain(ConversationEnded message) {
		insert(message);
	}

	private void insert(ConversationEnded message) {
		this.jdbc.sql("""
				INSERT INTO outbox_messages (id, tenant_id, conversation_id, exchange, routing_key, message_type,
				    payload, source)
				VALUES (:id, :tenantId, :conversationId, :exchange, :routingKey, 'ConversationEnded', :payload, :source)
				""")
			.param("id", message.messageId())
			.param("tenantId", message.tenantId())
			.param("conversationId", message.conversationId())
			.param("exchange", MessagingTopology.CONVERSATIONS_EXCHANGE)
			.param("routingKey", MessagingTopology.routingKeyFor(message.tenantId(), ImportLane.of(message.source())))
			.param("payload", JSON.writeValueAsString(message))
			.param("source", message.source().name())
			.update();
		wakeRelayAfterCommit();
	}

	private void wakeRelayAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					ConversationOutbox.this.relay.wakeUp();
				}
			});
		}
		else {
			this.relay.wakeUp();
		}
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
