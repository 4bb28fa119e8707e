package io.callimport.producer.gap;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import io.callimport.model.persistence.AssignedIdEntity;

/**
 * A period without a live notification socket ({@code notification_gaps}), healed by a
 * GAP reconciliation run.
 */
@Entity
@Table(name = "notification_gaps")
class Gap extends AssignedIdEntity<UUID> {

	/** How a heal went ({@code heal_outcome}). */
	enum HealOutcome {

		/** All of the gap was reconciled. */
		HEALED,

		/** Its newest part was; {@code [uncovered_from, uncovered_to)} was not. */
		PARTIALLY_HEALED

	}

	@Id
	private UUID id;

	private String tenantId;

	private Instant startedAt;

	private @Nullable Instant endedAt;

	private String reason;

	private @Nullable UUID healRunId;

	private @Nullable Instant healedAt;

	@Enumerated(EnumType.STRING)
	private @Nullable HealOutcome healOutcome;

	private @Nullable Instant uncoveredFrom;

	private @Nullable Instant uncoveredTo;

	Gap(String tenantId, Instant startedAt, String reason) {
		this.id = UUID.randomUUID();
		this.tenantId = tenantId;
		this.startedAt = startedAt;
		this.reason = reason;
	}

	protected Gap() {
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	/** Taken over from a previous holder whose socket was last live at {@code since}. */
	void startNoLaterThan(@Nullable Instant since) {
		if (since != null && since.isBefore(this.startedAt)) {
			this.startedAt = since;
		}
	}

	/** The socket is live again (never before the gap started). */
	void end(Instant at) {
		this.endedAt = at.isAfter(this.startedAt) ? at : this.startedAt;
	}

	/**
	 * A heal was attempted by {@code runId}; a successful one marks the gap healed,
	 * partially when {@code uncoveredFrom} (to {@code uncoveredTo}) was left out.
	 */
	void healAttempted(UUID runId, boolean healed, @Nullable Instant uncoveredFrom, Instant uncoveredTo, Instant now) {
		this.healRunId = runId;
		this.healedAt = healed ? now : null;
		this.healOutcome = !healed ? null : (uncoveredFrom != null) ? HealOutcome.PARTIALLY_HEALED : HealOutcome.HEALED;
		this.uncoveredFrom = (healed && uncoveredFrom != null) ? uncoveredFrom : null;
		this.uncoveredTo = (this.uncoveredFrom != null) ? uncoveredTo : null;
	}

	/** An ended gap, as the healer sees it. */
	NotificationGap ended() {
		if (this.endedAt == null) {
			throw new IllegalStateException("Gap " + this.id + " has not ended");
		}
		return new NotificationGap(this.id, this.startedAt, this.endedAt, this.reason);
	}

}
