package io.callimport.consumer.importing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.callimport.model.message.CallIds;
import io.callimport.model.message.CallSource;
import io.callimport.model.message.CallStatus;
import io.callimport.model.message.ConversationEnded;

/**
 * Reads and writes {@code calls} and {@code recordings}. Every write that decides
 * something locks the call row first, so two consumers importing the same conversation at
 * once cannot both complete it.
 * <p>
 * Plain SQL, not JPA: these statements run for every imported call, and through Hibernate
 * they cost the consumer about 40 % more CPU per import (see docs/architecture.md,
 * Persistence).
 */
@Component
class CallStore {

	// a whole batch of calls in one round trip; ON CONFLICT leaves a row another consumer
	// (or the producer) created as it is
	private static final String ACCEPT = """
			INSERT INTO calls (id, tenant_id, conversation_id, status, source, agent_user_id, agent_user_ids,
			    ended_at, detected_at)
			VALUES (:id, :tenantId, :conversationId, 'PENDING', :source, :agent, :agents, :endedAt, :detectedAt)
			ON CONFLICT DO NOTHING
			""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final RecordingRows recordings;

	private final Clock clock;

	CallStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.recordings = new RecordingRows(jdbc, batch);
		this.clock = clock;
	}

	/**
	 * Records each conversation as on its way (PENDING) unless it has a row, in one round
	 * trip, so that reconciliation sees it is coming.
	 * @return each call's state, by call id
	 */
	@ImportTransaction
	Map<UUID, CallState> accept(List<ConversationEnded> messages) {
		SqlParameterSource[] rows = messages.stream().map(CallStore::acceptRow).toArray(SqlParameterSource[]::new);
		this.batch.batchUpdate(ACCEPT, rows);
		Map<UUID, CallState> states = new HashMap<>();
		this.jdbc.sql("SELECT id, status, imported_at FROM calls WHERE id = ANY(:ids)")
			.param("ids", messages.stream().map(CallStore::callId).distinct().toArray(UUID[]::new))
			.query((rs) -> {
				states.put(rs.getObject("id", UUID.class), state(rs));
			});
		return states;
	}

	static UUID callId(ConversationEnded message) {
		return CallIds.of(message.tenantId(), message.conversationId());
	}

	private static SqlParameterSource acceptRow(ConversationEnded message) {
		return new MapSqlParameterSource().addValue("id", callId(message))
			.addValue("tenantId", message.tenantId())
			.addValue("conversationId", message.conversationId())
			.addValue("source", message.source().name())
			.addValue("agent", message.agentUserId())
			.addValue("agents",
					(message.agentUserId() != null) ? new String[] { message.agentUserId() } : new String[0])
			.addValue("endedAt", time(message.endedAt()))
			.addValue("detectedAt", time(message.detectedAt()));
	}

	/**
	 * Locks the call and stores its metadata and recordings, PENDING until its analysis
	 * message is confirmed.
	 * @return false when the call was completed meanwhile (nothing written)
	 */
	@ImportTransaction
	boolean saveImported(CallMetadata call, List<RecordingRow> rows, CallSource source) {
		Optional<CallState> state = lock(call.callId());
		if (state.isEmpty() || !state.get().wantsImportFrom(source)) {
			return false;
		}
		storeImported(call, rows);
		return true;
	}

	/**
	 * Stores the call's metadata and recordings; call it after {@link #lock} in the same
	 * transaction (as {@link ImportCommit} does, which promotes the recordings between).
	 */
	void storeImported(CallMetadata call, List<RecordingRow> rows) {
		OffsetDateTime now = time(now());
		this.jdbc.sql("""
				UPDATE calls SET status = 'PENDING', status_reason = NULL, agent_user_id = :agent,
				    agent_user_ids = :agents, ani = :ani, dnis = :dnis, direction = :direction, started_at = :startedAt,
				    ended_at = :endedAt, duration_ms = :durationMs, queue_ids = :queues, wrap_up_codes = :wrapUps,
				    disconnect_type = :disconnectType, division_ids = :divisions, details = CAST(:details AS jsonb),
				    imported_at = :now, updated_at = :now
				WHERE id = :id
				""")
			.param("id", call.callId())
			.param("agent", call.agentUserId())
			.param("agents", call.agentUserIds().toArray(String[]::new))
			.param("ani", call.ani())
			.param("dnis", call.dnis())
			.param("direction", call.direction())
			.param("startedAt", time(call.startedAt()))
			.param("endedAt", time(call.endedAt()))
			.param("durationMs", call.durationMs())
			.param("queues", call.queueIds().toArray(String[]::new))
			.param("wrapUps", call.wrapUpCodes().toArray(String[]::new))
			.param("disconnectType", call.disconnectType())
			.param("divisions", call.divisionIds().toArray(String[]::new))
			.param("details", call.detailsJson())
			.param("now", now)
			.update();
		this.recordings.replace(call.callId(), call.tenantId(), rows, now);
	}

	/** The call's state, its row locked until the transaction ends. */
	Optional<CallState> lock(UUID callId) {
		return this.jdbc.sql("SELECT status, imported_at FROM calls WHERE id = :id FOR UPDATE")
			.param("id", callId)
			.query((rs, row) -> state(rs))
			.optional();
	}

	/** The call, locked until the transaction ends, when it waits to be queued. */
	Optional<StoredCall> lockAwaitingQueueing(UUID callId) {
		// one statement locks and reads the row; empty inside when it does not await
		return this.jdbc.sql("""
				SELECT id, tenant_id, conversation_id, status, agent_user_id, agent_user_ids, direction, started_at,
				       ended_at, imported_at
				FROM calls WHERE id = :id FOR UPDATE
				""")
			.param("id", callId)
			.query((rs, row) -> state(rs).awaitsQueueing() ? Optional.of(storedCall(rs)) : Optional.<StoredCall>empty())
			.optional()
			.flatMap(Function.identity());
	}

	/** Call it after {@link #lockAwaitingQueueing} in the same transaction. */
	void markQueued(UUID callId, CallStatus status, @Nullable String reason) {
		this.jdbc.sql("""
				UPDATE calls SET status = :status, status_reason = :reason, queued_at = :now, updated_at = :now
				WHERE id = :id
				""")
			.param("id", callId)
			.param("status", status.name())
			.param("reason", reason)
			.param("now", time(now()))
			.update();
	}

	/** PostgreSQL keeps microseconds: an import's time reads back as it was written. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private StoredCall storedCall(ResultSet rs) throws SQLException {
		UUID callId = rs.getObject("id", UUID.class);
		return new StoredCall(callId, rs.getString("tenant_id"), rs.getString("conversation_id"),
				rs.getString("agent_user_id"), strings(rs.getArray("agent_user_ids")), rs.getString("direction"),
				instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("ended_at")),
				rs.getTimestamp("imported_at").toInstant(), this.recordings.of(callId));
	}

	private static CallState state(ResultSet rs) throws SQLException {
		return new CallState(CallStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("imported_at")));
	}

	static List<String> strings(@Nullable Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	static @Nullable OffsetDateTime time(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
