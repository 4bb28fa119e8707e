package io.callimport.producer.gap;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes {@code notification_gaps}.
 */
@Component
class GapStore {

	private final GapRepository gaps;

	private final Clock clock;

	GapStore(GapRepository gaps, Clock clock) {
		this.gaps = gaps;
		this.clock = clock;
	}

	@Transactional
	UUID open(String tenantId, Instant startedAt, String reason) {
		return this.gaps.save(new Gap(tenantId, startedAt, reason)).getId();
	}

	/**
	 * Takes over the gaps a previous holder left open, starting no later than
	 * {@code since}; the id of one of them, or empty when there were none.
	 */
	@Transactional
	Optional<UUID> adoptOpen(String tenantId, @Nullable Instant since) {
		List<Gap> open = this.gaps.findByTenantIdAndEndedAtIsNullOrderByStartedAt(tenantId);
		open.forEach((gap) -> gap.startNoLaterThan(since));
		return open.stream().findFirst().map(Gap::getId);
	}

	/** Ends every open gap of the tenant at {@code endedAt}. */
	@Transactional
	void closeAll(String tenantId, Instant endedAt) {
		this.gaps.findByTenantIdAndEndedAtIsNullOrderByStartedAt(tenantId).forEach((gap) -> gap.end(endedAt));
	}

	@Transactional(readOnly = true)
	List<NotificationGap> endedBefore(String tenantId, Instant before) {
		return this.gaps.findByTenantIdAndHealedAtIsNullAndEndedAtLessThanEqualOrderByStartedAt(tenantId, before)
			.stream()
			.map(Gap::ended)
			.toList();
	}

	/**
	 * Links the gap to its heal's run; a successful heal marks it healed, partially when
	 * {@code uncoveredFrom} (to {@code uncoveredTo}) was left out.
	 */
	@Transactional
	void healAttempted(UUID gapId, UUID runId, boolean healed, @Nullable Instant uncoveredFrom, Instant uncoveredTo) {
		this.gaps.findById(gapId)
			.ifPresent((gap) -> gap.healAttempted(runId, healed, uncoveredFrom, uncoveredTo, this.clock.instant()));
	}

}
