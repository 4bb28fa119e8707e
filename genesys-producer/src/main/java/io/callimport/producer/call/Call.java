package io.callimport.producer.call;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.CallStatus;
import io.callimport.producer.call.CallView.RecordingView;

/**
 * A call as the consumer recorded it ({@code calls}). The producer only reads calls, so
 * the entity is immutable; the JSON {@code details} column is not mapped.
 */
@Entity
@Immutable
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

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> agentUserIds = List.of();

	private @Nullable String direction;

	private @Nullable String ani;

	private @Nullable String dnis;

	private @Nullable Instant startedAt;

	private @Nullable Instant endedAt;

	private @Nullable Long durationMs;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> queueIds = List.of();

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> wrapUpCodes = List.of();

	private @Nullable String disconnectType;

	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> divisionIds = List.of();

	private @Nullable Instant detectedAt;

	private @Nullable Instant importedAt;

	private @Nullable Instant queuedAt;

	private Instant createdAt;

	Call(UUID id, String tenantId, String conversationId, CallStatus status, CallSource source, Instant createdAt) {
		this.id = id;
		this.tenantId = tenantId;
		this.conversationId = conversationId;
		this.status = status;
		this.source = source;
		this.createdAt = createdAt;
	}

	protected Call() {
	}

	UUID id() {
		return this.id;
	}

	CallView view(List<RecordingView> recordings) {
		return new CallView(this.conversationId, this.status, this.statusReason, this.source, this.agentUserId,
				this.agentUserIds, this.direction, this.ani, this.dnis, this.startedAt, this.endedAt, this.durationMs,
				this.queueIds, this.wrapUpCodes, this.disconnectType, this.divisionIds, this.detectedAt,
				this.importedAt, this.queuedAt, recordings);
	}

}
