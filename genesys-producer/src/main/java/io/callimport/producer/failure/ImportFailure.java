package io.callimport.producer.failure;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An import that failed for good ({@code import_failures}): written by the consumer (and
 * by the producer's parking), listed, replayed and dismissed here.
 */
@Entity
@Table(name = "import_failures")
class ImportFailure {

	@Id
	private UUID id;

	private String tenantId;

	private @Nullable String conversationId;

	private @Nullable UUID messageId;

	private String reasonCode;

	private String reason;

	private String payload;

	private int attempts;

	@Enumerated(EnumType.STRING)
	private FailureStatus status;

	private Instant failedAt;

	private @Nullable Instant replayedAt;

	private int replayCount;

	private @Nullable Instant dismissedAt;

	private @Nullable Instant autoReplayedAt;

	ImportFailure(UUID id, String tenantId, @Nullable String conversationId, String reasonCode, String reason,
			String payload, Instant failedAt) {
		this.id = id;
		this.tenantId = tenantId;
		this.conversationId = conversationId;
		this.reasonCode = reasonCode;
		this.reason = reason;
		this.payload = payload;
		this.status = FailureStatus.OPEN;
		this.failedAt = failedAt;
	}

	protected ImportFailure() {
	}

	UUID id() {
		return this.id;
	}

	@Nullable String conversationId() {
		return this.conversationId;
	}

	String payload() {
		return this.payload;
	}

	FailureStatus status() {
		return this.status;
	}

	/** Published again by an operator's replay. */
	void replayed(Instant at) {
		this.status = FailureStatus.REPLAYED;
		this.replayedAt = at;
		this.replayCount++;
	}

	/** Set aside by an operator: no replay can fix it. */
	void dismiss(Instant at) {
		this.status = FailureStatus.DISMISSED;
		this.dismissedAt = at;
	}

	FailureView view() {
		return new FailureView(this.id, this.conversationId, this.messageId, this.reasonCode, this.reason,
				this.attempts, this.status, this.failedAt, this.replayedAt, this.replayCount);
	}

}
