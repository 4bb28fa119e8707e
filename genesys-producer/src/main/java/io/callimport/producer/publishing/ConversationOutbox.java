package io.callimport.producer.publishing;

import java.time.Instant;

import tools.jackson.databind.json.JsonMapper;

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

	private final PublishedConversationRepository conversations;

	private final OutboxEntryRepository entries;

	private final OutboxRelay relay;

	private final PublishingMetrics metrics;

	ConversationOutbox(PublishedConversationRepository conversations, OutboxEntryRepository entries, OutboxRelay relay,
			PublishingMetrics metrics) {
		this.conversations = conversations;
		this.entries = entries;
		this.relay = relay;
		this.metrics = metrics;
	}

	/**
	 * Enqueues the message unless its conversation was enqueued before.
	 * @return whether it was enqueued ({@code false}: a duplicate)
	 */
	@Transactional
	public boolean enqueueOnce(ConversationEnded message) {
		int claimed = this.conversations.insertIfAbsent(message.tenantId(), message.conversationId(),
				message.messageId(), message.source().name(), message.agentUserId(), message.endedAt(),
				message.detectedAt());
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

	/**
	 * Publishes a conversation again whose message went missing (published long ago,
	 * still no final status), recording when, so that one stranded call is not published
	 * on every run. Joins the caller's transaction.
	 */
	@Transactional
	public void enqueueRequeued(ConversationEnded message, Instant at) {
		insert(message);
		this.conversations.markRequeued(message.tenantId(), message.conversationId(), at);
	}

	/** Messages of the tenant the broker has not confirmed yet. */
	public long unpublished(String tenantId) {
		return this.entries.countByTenantIdAndPublishedAtIsNull(tenantId);
	}

	private void insert(ConversationEnded message) {
		// flushed at once: a row PostgreSQL rejects fails here, where the callers park it
		this.entries.saveAndFlush(new OutboxEntry(message.messageId(), message.tenantId(), message.conversationId(),
				MessagingTopology.CONVERSATIONS_EXCHANGE,
				MessagingTopology.routingKeyFor(message.tenantId(), ImportLane.of(message.source())),
				"ConversationEnded", JSON.writeValueAsString(message), message.source().name()));
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

}
