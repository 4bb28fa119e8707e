package io.callimport.consumer.failure;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import io.callimport.model.message.CallIds;
import io.callimport.model.message.ConversationEnded;

/**
 * Writes {@code import_failures}: one OPEN row per conversation (a second failure of the
 * same conversation updates it), resolved when the conversation is imported later.
 */
@Repository
public class ImportFailureRepository {

	private final JdbcClient jdbc;

	ImportFailureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the failure and marks the call FAILED, unless it was imported meanwhile.
	 */
	@Transactional
	public void recordFailure(ConversationEnded message, ReasonCode code, String reason, byte[] payload, int attempts) {
		this.jdbc
			.sql("""
					INSERT INTO import_failures (id, tenant_id, conversation_id, message_id, reason_code, reason, payload,
					    attempts, status, failed_at)
					VALUES (:id, :tenantId, :conversationId, :messageId, :code, :reason, :payload, :attempts, 'OPEN', now())
					ON CONFLICT (tenant_id, conversation_id) WHERE status = 'OPEN'
					DO UPDATE SET message_id = excluded.message_id, reason_code = excluded.reason_code,
					    reason = excluded.reason, payload = excluded.payload, attempts = excluded.attempts, failed_at = now()
					""")
			.param("id", UUID.randomUUID())
			.param("tenantId", message.tenantId())
			.param("conversationId", message.conversationId())
			.param("messageId", message.messageId())
			.param("code", code.name())
			.param("reason", reason)
			.param("payload", new String(payload, StandardCharsets.UTF_8))
			.param("attempts", attempts)
			.update();
		this.jdbc.sql("""
				UPDATE calls SET status = 'FAILED', status_reason = :reason, updated_at = now()
				WHERE id = :id AND status IN ('PENDING', 'FAILED')
				""")
			.param("id", CallIds.of(message.tenantId(), message.conversationId()))
			.param("reason", code.name() + ": " + reason)
			.update();
	}

	/**
	 * Marks the conversation's open and replayed failures resolved; call it in the
	 * transaction that completes the import.
	 */
	public int resolve(String tenantId, String conversationId) {
		return this.jdbc.sql("""
				UPDATE import_failures SET status = 'RESOLVED'
				WHERE tenant_id = :tenantId AND conversation_id = :conversationId AND status IN ('OPEN', 'REPLAYED')
				""").param("tenantId", tenantId).param("conversationId", conversationId).update();
	}

	/** Open failures of every tenant (0 included), by tenant id. */
	Map<String, Long> openPerTenant() {
		Map<String, Long> counts = new TreeMap<>();
		this.jdbc.sql("""
				SELECT t.id AS tenant_id, count(f.id) AS open
				FROM tenants t LEFT JOIN import_failures f ON f.tenant_id = t.id AND f.status = 'OPEN'
				GROUP BY t.id
				""").query((rs) -> {
			counts.put(rs.getString("tenant_id"), rs.getLong("open"));
		});
		return counts;
	}

}
