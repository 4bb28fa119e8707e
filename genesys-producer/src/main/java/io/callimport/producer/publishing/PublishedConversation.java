package io.callimport.producer.publishing;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import io.callimport.model.message.CallSource;

/**
 * A conversation handed to the outbox ({@code published_conversations}): its key is what
 * de-duplicates transfers, repeated events, reconnect overlaps and failover. Inserted by
 * {@link PublishedConversationRepository#insertIfAbsent}.
 */
@Entity
@Table(name = "published_conversations")
class PublishedConversation {

	@EmbeddedId
	private Key id;

	private UUID messageId;

	@Enumerated(EnumType.STRING)
	private CallSource source;

	private @Nullable String agentUserId;

	private @Nullable Instant endedAt;

	private Instant detectedAt;

	private @Nullable Instant requeuedAt;

	PublishedConversation(String tenantId, String conversationId, UUID messageId, CallSource source,
			Instant detectedAt) {
		this.id = new Key(tenantId, conversationId);
		this.messageId = messageId;
		this.source = source;
		this.detectedAt = detectedAt;
	}

	protected PublishedConversation() {
	}

	/** The conversation within its tenant. */
	@Embeddable
	record Key(String tenantId, String conversationId) implements Serializable {
	}

}
