package io.callimport.producer.publishing;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.callimport.producer.FlowContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Published outbox rows go after {@code retention.outbox} (7 days), de-duplication rows
 * after {@code retention.published-conversations} (90 days); a message the broker has not
 * confirmed stays, however old.
 */
class PublishingRetentionIntegrationTests extends FlowContext {

	private final String marker = "retention-" + UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	PublishingRetention retention;

	@AfterEach
	void removeRows() {
		this.jdbc.sql("DELETE FROM outbox_messages WHERE conversation_id LIKE :marker")
			.param("marker", this.marker + "%")
			.update();
		this.jdbc.sql("DELETE FROM published_conversations WHERE conversation_id LIKE :marker")
			.param("marker", this.marker + "%")
			.update();
	}

	@Test
	void publishedRowsOlderThanTheirRetentionAreDeletedAndUnpublishedOnesAreKept() {
		Instant now = Instant.now();
		outboxRow("published-8d", now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(8)));
		outboxRow("published-6d", now.minus(Duration.ofDays(6)), now.minus(Duration.ofDays(6)));
		outboxRow("unpublished-30d", now.minus(Duration.ofDays(30)), null);
		publishedConversation("detected-100d", now.minus(Duration.ofDays(100)));
		publishedConversation("detected-80d", now.minus(Duration.ofDays(80)));

		PublishingRetention.Deleted deleted = this.retention.deleteExpired();

		assertThat(deleted.outboxMessages()).isEqualTo(1);
		assertThat(deleted.publishedConversations()).isEqualTo(1);
		assertThat(remaining("outbox_messages")).containsExactlyInAnyOrder(this.marker + "-published-6d",
				this.marker + "-unpublished-30d");
		assertThat(remaining("published_conversations")).containsExactly(this.marker + "-detected-80d");
	}

	private void outboxRow(String name, Instant createdAt, Instant publishedAt) {
		this.jdbc.sql("""
				INSERT INTO outbox_messages (id, tenant_id, conversation_id, exchange, routing_key, message_type,
				    payload, created_at, published_at, attempts, source, next_attempt_at)
				VALUES (:id, :tenant, :conversation, 'callimport.conversations', 'conversation.ended',
				    'ConversationEnded', '{}', :createdAt, :publishedAt, 1, 'WEBSOCKET', :nextAttempt)
				""")
			.param("id", UUID.randomUUID())
			.param("tenant", TENANT)
			.param("conversation", this.marker + "-" + name)
			.param("createdAt", Timestamp.from(createdAt))
			.param("publishedAt", (publishedAt != null) ? Timestamp.from(publishedAt) : null)
			// never due: the relay must not publish this made-up row
			.param("nextAttempt", Timestamp.from(Instant.now().plus(Duration.ofDays(365))))
			.update();
	}

	private void publishedConversation(String name, Instant detectedAt) {
		this.jdbc.sql("""
				INSERT INTO published_conversations (tenant_id, conversation_id, message_id, source, detected_at)
				VALUES (:tenant, :conversation, :messageId, 'WEBSOCKET', :detectedAt)
				""")
			.param("tenant", TENANT)
			.param("conversation", this.marker + "-" + name)
			.param("messageId", UUID.randomUUID())
			.param("detectedAt", Timestamp.from(detectedAt))
			.update();
	}

	private List<String> remaining(String table) {
		return this.jdbc.sql("SELECT conversation_id FROM " + table + " WHERE conversation_id LIKE :marker")
			.param("marker", this.marker + "%")
			.query(String.class)
			.list();
	}

}
