package io.callimport.producer.publishing;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The relay's view of {@code outbox_messages}. Claiming locks rows with
 * {@code FOR UPDATE SKIP LOCKED} until the claiming transaction ends, so two relays (two
 * replicas) never publish the same row, and a row is marked published only after its
 * confirm.
 */
@Repository
class OutboxStore {

	private final JdbcClient jdbc;

	OutboxStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Due rows of the tenant, oldest first, locked until the transaction ends. */
	List<OutboxMessage> claim(String tenantId, int limit) {
		return this.jdbc.sql("""
				SELECT id, conversation_id, exchange, routing_key, message_type, payload,
				       coalesce(source, 'WEBSOCKET') AS source, attempts
				FROM outbox_messages
				WHERE tenant_id = :tenantId AND published_at IS NULL AND next_attempt_at <= now()
				ORDER BY created_at, id
				LIMIT :limit
				FOR UPDATE SKIP LOCKED
				""")
			.param("tenantId", tenantId)
			.param("limit", limit)
			.query((rs, row) -> new OutboxMessage(rs.getObject("id", UUID.class), rs.getString("conversation_id"),
					rs.getString("exchange"), rs.getString("routing_key"), rs.getString("message_type"),
					rs.getString("payload"), rs.getString("source"), rs.getInt("attempts")))
			.list();
	}

	void markPublished(List<UUID> ids) {
		this.jdbc.sql("""
				UPDATE outbox_messages SET published_at = now(), attempts = attempts + 1, last_error = NULL
				WHERE id = ANY(:ids)
				""").param("ids", ids.toArray(UUID[]::new)).update();
	}

	void markFailed(UUID id, String error, Duration retryAfter) {
		this.jdbc.sql("""
				UPDATE outbox_messages SET attempts = attempts + 1, last_error = :error,
				    next_attempt_at = now() + :delayMillis * interval '1 millisecond'
				WHERE id = :id
				""").param("id", id).param("error", error).param("delayMillis", retryAfter.toMillis()).update();
	}

	/** Makes every waiting row due now: the broker is back. */
	int makeDue(String tenantId) {
		return this.jdbc.sql("""
				UPDATE outbox_messages SET next_attempt_at = now()
				WHERE tenant_id = :tenantId AND published_at IS NULL AND next_attempt_at > now()
				""").param("tenantId", tenantId).update();
	}

	long pending(String tenantId) {
		return this.jdbc
			.sql("SELECT count(*) FROM outbox_messages WHERE tenant_id = :tenantId AND published_at IS NULL")
			.param("tenantId", tenantId)
			.query(Long.class)
			.single();
	}

}
