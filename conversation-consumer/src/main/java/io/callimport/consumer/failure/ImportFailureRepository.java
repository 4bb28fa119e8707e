package io.callimport.consumer.failure;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.callimport.model.message.CallIds;
import io.callimport.model.message.CallStatus;
import io.callimport.model.message.ConversationEnded;

/**
 * Writes {@code import_failures}: one OPEN row per conversation (a second failure of the
 * same conversation updates it), resolved when the conversation is imported later.
 */
@Component
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

	private static final List<CallStatus> UNFINISHED = List.of(CallStatus.PENDING, CallStatus.FAILED);

	private final ImportFailureRows rows;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final Clock clock;

	ImportFailureRepository(ImportFailureRows rows, JdbcClient jdbc, DataSource dataSource, Clock clock) {
		this.rows = rows;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/**
	 * Records the failure and marks the call FAILED, unless it was imported meanwhile.
	 */
	@Transactional
	public void recordFailure(ConversationEnded message, ReasonCode code, String reason, byte[] payload, int attempts) {
		this.rows.upsertOpen(UUID.randomUUID(), message.tenantId(), message.conversationId(), message.messageId(),
				code.name(), reason, new String(payload, StandardCharsets.UTF_8), attempts);
		this.rows.markCallFailed(CallIds.of(message.tenantId(), message.conversationId()), code.name() + ": " + reason,
				this.clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	/**
	 * Lists a message found on the dead-letter queue as a failure, once: a message whose
	 * id is already in the list (its failure was recorded when it was dead-lettered) is
	 * left alone. A call never seen before gets a FAILED row, so it shows as failed.
	 */
	@Transactional
	public DeadLetterOutcome recordDeadLetter(ConversationEnded message, ReasonCode code, String reason, byte[] payload,
			int attempts) {
		if (!this.rows.tenantExists(message.tenantId())) {
			return DeadLetterOutcome.UNKNOWN_TENANT;
		}
		UUID callId = CallIds.of(message.tenantId(), message.conversationId());
		this.rows.insertFailedCall(callId, message.tenantId(), message.conversationId(), code.name() + ": " + reason,
				message.source().name(), message.agentUserId(),
				(message.agentUserId() != null) ? new String[] { message.agentUserId() } : new String[0],
				message.endedAt(), message.detectedAt());
		CallStatus status = CallStatus.valueOf(this.rows.lockCallStatus(callId).orElseThrow());
		if (this.rows.existsByTenantIdAndConversationIdAndMessageId(message.tenantId(), message.conversationId(),
				message.messageId())) {
			return DeadLetterOutcome.ALREADY_LISTED;
		}
		if (!UNFINISHED.contains(status)) {
			return DeadLetterOutcome.IMPORTED;
		}
		recordFailure(message, code, reason, payload, attempts);
		return DeadLetterOutcome.LISTED;
	}

	/** Whether PostgreSQL answers. */
	public boolean reachable() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.isValid(5);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * Marks the conversation's open and replayed failures resolved; call it in the
	 * transaction that completes the import.
	 */
	public int resolve(String tenantId, String conversationId) {
		// plain SQL: it runs for every imported call, where a JPQL update costs a
		// translation to SQL each time (docs/architecture.md, Persistence)
		return this.jdbc.sql("""
				UPDATE import_failures SET status = 'RESOLVED'
				WHERE tenant_id = :tenantId AND conversation_id = :conversationId AND status IN ('OPEN', 'REPLAYED')
				""").param("tenantId", tenantId).param("conversationId", conversationId).update();
	}

	/** Open failures of every tenant (0 included), by tenant id. */
	Map<String, Long> openPerTenant() {
		Map<String, Long> counts = new TreeMap<>();
		this.rows.countPerTenant(FailureStatus.OPEN)
			.forEach((tenant) -> counts.put(tenant.getTenantId(), tenant.getOpenFailures()));
		return counts;
	}

}
