package io.callimport.consumer.failure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
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

	/**
	 * Ends the reason of a dead letter whose failure could not be recorded; the
	 * dead-letter reader takes it off when it records the failure.
	 */
	public static final String NOT_LISTED_YET = " (not in the failures list yet: PostgreSQL was unavailable)";

	/** What became of a dead letter found on the dead-letter queue. */
	public enum DeadLetterOutcome {

		/** Listed now: an OPEN failure, the call FAILED. */
		LISTED,

		/** Its failure was listed when it was dead-lettered (or by an earlier read). */
		ALREADY_LISTED,

		/** The call was imported meanwhile: nothing to list. */
		IMPORTED,

		/** No tenant of that id is configured: it cannot be listed or replayed. */
		UNKNOWN_TENANT

	}

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
	 * Lists a message found on the dead-letter queue as a failure, once: a message whose
	 * id is already in the list (its failure was recorded when it was dead-lettered) is
	 * left alone. A call never seen before gets a FAILED row, so it shows as failed.
	 */
	@Transactional
	public DeadLetterOutcome recordDeadLetter(ConversationEnded message, ReasonCode code, String reason, byte[] payload,
			int attempts) {
		boolean tenantKnown = this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM tenants WHERE id = :tenantId)")
			.param("tenantId", message.tenantId())
			.query(Boolean.class)
			.single();
		if (!tenantKnown) {
			return DeadLetterOutcome.UNKNOWN_TENANT;
		}
		UUID callId = CallIds.of(message.tenantId(), message.conversationId());
		this.jdbc.sql("""
				INSERT INTO calls (id, tenant_id, conversation_id, status, status_reason, source, agent_user_id,
				    agent_user_ids, ended_at, detected_at)
				VALUES (:id, :tenantId, :conversationId, 'FAILED', :reason, :source, :agent, :agents, :endedAt,
				    :detectedAt)
				ON CONFLICT DO NOTHING
				""")
			.param("id", callId)
			.param("tenantId", message.tenantId())
			.param("conversationId", message.conversationId())
			.param("reason", code.name() + ": " + reason)
			.param("source", message.source().name())
			.param("agent", message.agentUserId())
			.param("agents", (message.agentUserId() != null) ? new String[] { message.agentUserId() } : new String[0])
			.param("endedAt", time(message.endedAt()))
			.param("detectedAt", time(message.detectedAt()))
			.update();
		String status = this.jdbc.sql("SELECT status FROM calls WHERE id = :id FOR UPDATE")
			.param("id", callId)
			.query(String.class)
			.single();
		boolean listed = this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM import_failures
				    WHERE tenant_id = :tenantId AND conversation_id = :conversationId AND message_id = :messageId)
				""")
			.param("tenantId", message.tenantId())
			.param("conversationId", message.conversationId())
			.param("messageId", message.messageId())
			.query(Boolean.class)
			.single();
		if (listed) {
			return DeadLetterOutcome.ALREADY_LISTED;
		}
		if (!status.equals("PENDING") && !status.equals("FAILED")) {
			return DeadLetterOutcome.IMPORTED;
		}
		recordFailure(message, code, reason, payload, attempts);
		return DeadLetterOutcome.LISTED;
	}

	/** Whether PostgreSQL answers. */
	public boolean reachable() {
		try {
			return Integer.valueOf(1).equals(this.jdbc.sql("SELECT 1").query(Integer.class).single());
		}
		catch (DataAccessException ex) {
			return false;
		}
	}

	private static @Nullable OffsetDateTime time(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
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
