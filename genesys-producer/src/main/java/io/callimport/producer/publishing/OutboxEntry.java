package io.callimport.producer.publishing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import io.callimport.model.persistence.AssignedIdEntity;

/**
 * A message for the broker ({@code outbox_messages}), shaped after Spring Modulith's
 * {@code event_publication}. Its id is the message's own messageId.
 */
@Entity
@Table(name = "outbox_messages")
class OutboxEntry extends AssignedIdEntity<UUID> {

	@Id
	private UUID id;

	private String tenantId;

	private @Nullable String conversationId;

	private String exchange;

	private String routingKey;

	private String messageType;

	private String payload;

	private @Nullable String source;

	// database defaults (now()): the claim compares them with database time
	@Column(insertable = false, updatable = false)
	private @Nullable Instant createdAt;

	@Column(insertable = false)
	private @Nullable Instant nextAttemptAt;

	private @Nullable Instant publishedAt;

	private int attempts;

	private @Nullable String lastError;

	OutboxEntry(UUID id, String tenantId, @Nullable String conversationId, String exchange, String routingKey,
			String messageType, String payload, @Nullable String source) {
		this.id = id;
		this.tenantId = tenantId;
		this.conversationId = conversationId;
		this.exchange = exchange;
		this.routingKey = routingKey;
		this.messageType = messageType;
		this.payload = payload;
		this.source = source;
	}

	protected OutboxEntry() {
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	/**
	 * What the relay publishes (rows from before the source was kept count as WEBSOCKET).
	 */
	OutboxMessage message() {
		return new OutboxMessage(this.id, this.conversationId, this.exchange, this.routingKey, this.messageType,
				this.payload, (this.source != null) ? this.source : "WEBSOCKET", this.attempts);
	}

}
