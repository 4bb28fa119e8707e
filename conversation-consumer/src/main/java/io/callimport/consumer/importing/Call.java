package io.callimport.consumer.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.CallStatus;

/**
 * A row of {@code calls}. Rows are created PENDING by the native batch insert of
 * {@link CallStore#accept} (or by the producer); this entity stores an import into one
 * and sets its final status, always under the row lock.
 */
@Entity
@Table(name = "calls")
class Call {

	@Id
	private UUID id;

	private String tenantId;

	private String conversationId;

	@Enumerated(EnumType.STRING)
	private CallStatus status;

	private @Nullable String statusReason;

	@Enumerated(EnumType.STRING)
	private CallSource source;

	private @Nullable String agentUserId;

	private String[] agentUserIds;

	private @Nullable String ani;

	private @Nullable String dnis;

	private @Nullable String direction;

	private @Nullable Instant startedAt;

	private @Nullable Instant endedAt;

	private @Nullable Long durationMs;

	private String[] queueIds;

	private String[] wrapUpCodes;

	private @Nullable String disconnectType;

	private String[] divisionIds;

	@JdbcTypeCode(SqlTypes.JSON)
	private @Nullable String details;

	private @Nullable Instant importedAt;

	private @Nullable Instant queuedAt;

	private Instant updatedAt;

	protected Call() {
	}

	CallState state() {
		return new CallState(this.status, this.importedAt);
	}

	/** Stores an import's metadata; the call stays PENDING until it is queued. */
	void imported(CallMetadata call, Instant now) {
		this.status = CallStatus.PENDING;
		this.statusReason = null;
		this.agentUserId = call.agentUserId();
		this.agentUserIds = array(call.agentUserIds());
		this.ani = call.ani();
		this.dnis = call.dnis();
		this.direction = call.direction();
		this.startedAt = call.startedAt();
		this.endedAt = call.endedAt();
		this.durationMs = call.durationMs();
		this.queueIds = array(call.queueIds());
		this.wrapUpCodes = array(call.wrapUpCodes());
		this.disconnectType = call.disconnectType();
		this.divisionIds = array(call.divisionIds());
		this.details = call.detailsJson();
		this.importedAt = now;
		this.updatedAt = now;
	}

	void queued(CallStatus status, @Nullable String reason, Instant now) {
		this.status = status;
		this.statusReason = reason;
		this.queuedAt = now;
		this.updatedAt = now;
	}

	/** Call it for a call that {@link CallState#awaitsQueueing() awaits queueing}. */
	StoredCall stored(List<RecordingRow> recordings) {
		if (this.importedAt == null) {
			throw new IllegalStateException("Call " + this.id + " is not imported");
		}
		return new StoredCall(this.id, this.tenantId, this.conversationId, this.agentUserId, List.of(this.agentUserIds),
				this.direction, this.startedAt, this.endedAt, this.importedAt, recordings);
	}

	private static String[] array(List<String> values) {
		return values.toArray(String[]::new);
	}

}
