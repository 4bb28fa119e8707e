package io.callimport.producer.gap;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.callimport.producer.leadership.LeaderElection;
import io.callimport.producer.reconciliation.ReconciliationService;
import io.callimport.producer.reconciliation.RunKind;
import io.callimport.producer.reconciliation.RunResult;
import io.callimport.producer.reconciliation.WindowMatch;
import io.callimport.producer.tenant.TenantProperties;

/**
 * Heals ended gaps once analytics has settled: a GAP reconciliation of every conversation
 * going on in [start − margin, end + margin], linked to the gap. Only the replica holding
 * the socket heals; a failed heal is tried again later.
 */
@Component
class GapHealer {

	private static final Logger log = LoggerFactory.getLogger(GapHealer.class);

	private final GapStore store;

	private final ReconciliationService reconciliation;

	private final GapProperties properties;

	private final BooleanSupplier leader;

	private final Clock clock;

	private final String tenantId;

	private final Map<UUID, Instant> retryAfter = new ConcurrentHashMap<>();

	GapHealer(GapStore store, ReconciliationService reconciliation, GapProperties properties, LeaderElection election,
			Clock clock, TenantProperties tenant) {
		this.store = store;
		this.reconciliation = reconciliation;
		this.properties = properties;
		this.leader = election::isLeader;
		this.clock = clock;
		this.tenantId = tenant.id();
	}

	@Scheduled(fixedDelayString = "${gap.check-interval:15s}", initialDelayString = "${gap.check-interval:15s}")
	void healDueGaps() {
		if (!this.leader.getAsBoolean()) {
			return;
		}
		Instant now = this.clock.instant();
		try {
			for (NotificationGap gap : this.store.endedBefore(this.tenantId, now.minus(this.properties.settleTime()))) {
				Instant notBefore = this.retryAfter.get(gap.id());
				if ((notBefore == null || !now.isBefore(notBefore)) && this.leader.getAsBoolean()) {
					heal(gap);
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Looking for gaps to heal failed: {}", ex.toString());
		}
	}

	private void heal(NotificationGap gap) {
		Instant from = gap.startedAt().minus(this.properties.margin());
		Instant to = gap.endedAt().plus(this.properties.margin());
		RunResult result = this.reconciliation.reconcile(RunKind.GAP, from, to, WindowMatch.OVERLAPPING);
		this.store.healAttempted(gap.id(), result.runId(), result.succeeded());
		if (result.succeeded()) {
			this.retryAfter.remove(gap.id());
			log.info("Gap {} ({} to {}, {}) healed: {} conversation(s) found, {} were missing", gap.id(),
					gap.startedAt(), gap.endedAt(), gap.reason(), result.found(), result.requeued());
		}
		else {
			this.retryAfter.put(gap.id(), this.clock.instant().plus(this.properties.retryInterval()));
			log.warn("Healing gap {} failed; trying again in {}: {}", gap.id(), this.properties.retryInterval(),
					result.error());
		}
	}

}
