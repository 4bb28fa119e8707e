package io.callimport.consumer.importing;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.callimport.model.message.CallIds;
import io.callimport.model.message.CallSource;
import io.callimport.model.message.CallStatus;
import io.callimport.model.message.ConversationEnded;

/**
 * Reads and writes {@code calls} and {@code recordings}. Every write that decides
 * something locks the call row first, so two consumers importing the same conversation at
 * once cannot both complete it.
 */
@Component
class CallStore {

	// native, as a JDBC batch: a whole batch of calls in one round trip, and ON CONFLICT
	// leaves a row another consumer (or the producer) created as it is
	private static final String ACCEPT = """
			INSERT INTO calls (id, tenant_id, conversation_id, status, source, agent_user_id, agent_user_ids,
			    ended_at, detected_at)
			VALUES (:id, :tenantId, :conversationId, 'PENDING', :source, :agent, :agents, :endedAt, :detectedAt)
			ON CONFLICT DO NOTHING
			""";

	private final CallRows calls;

	private final RecordingRows recordings;

	private final NamedParameterJdbcTemplate batch;

	private final Clock clock;

	CallStore(CallRows calls, RecordingRows recordings, NamedParameterJdbcTemplate batch, Clock clock) {
		this.calls = calls;
		this.recordings = recordings;
		this.batch = batch;
		this.clock = clock;
	}

	/**
	 * Records each conversation as on its way (PENDING) unless it has a row, in one round
	 * trip, so that reconciliation sees it is coming.
	 * @return each call's state, by call id
	 */
	@Transactional
	Map<UUID, CallState> accept(List<ConversationEnded> messages) {
		SqlParameterSource[] rows = messages.stream().map(CallStore::acceptRow).toArray(SqlParameterSource[]::new);
		this.batch.batchUpdate(ACCEPT, rows);
		Map<UUID, CallState> states = new HashMap<>();
		this.calls.findStates(messages.stream().map(CallStore::callId).distinct().toList())
			.forEach((view) -> states.put(view.getId(), new CallState(view.getStatus(), view.getImportedAt())));
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
	 * Stores the call's metadata and recordings, PENDING until its analysis message is
	 * confirmed.
	 * @return false when the call was completed meanwhile (nothing written)
	 */
	@Transactional
	boolean saveImported(CallMetadata call, List<RecordingRow> rows, CallSource source) {
		Optional<Call> locked = this.calls.findById(call.callId());
		if (locked.isEmpty() || !locked.get().state().wantsImportFrom(source)) {
			return false;
		}
		Instant now = now();
		locked.get().imported(call, now);
		this.recordings.replace(call.callId(), call.tenantId(), rows, now);
		return true;
	}

	/** The call's state, its row locked until the transaction ends. */
	Optional<CallState> lock(UUID callId) {
		return this.calls.findById(callId).map(Call::state);
	}

	/** The call, locked until the transaction ends, when it waits to be queued. */
	Optional<StoredCall> lockAwaitingQueueing(UUID callId) {
		return this.calls.findById(callId)
			.filter((call) -> call.state().awaitsQueueing())
			.map((call) -> call.stored(this.recordings.of(callId)));
	}

	/** Call it after {@link #lockAwaitingQueueing} in the same transaction. */
	void markQueued(UUID callId, CallStatus status, @Nullable String reason) {
		this.calls.findById(callId).orElseThrow().queued(status, reason, now());
	}

	/** PostgreSQL keeps microseconds: an import's time reads back as it was written. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	static @Nullable OffsetDateTime time(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
