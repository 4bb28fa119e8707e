package io.callimport.producer.gap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.callimport.producer.leadership.LeaderElection;
import io.callimport.producer.reconciliation.ReconciliationProperties;
import io.callimport.producer.reconciliation.ReconciliationService;
import io.callimport.producer.reconciliation.RunKind;
import io.callimport.producer.reconciliation.RunResult;
import io.callimport.producer.reconciliation.WindowMatch;
import io.callimport.producer.tenant.TenantProperties;

/**
 * Heals ended gaps once analytics has settled: a GAP reconciliation of every conversation
 * going on in [start − margin, end + margin], linked to the gap. Only the replica holding
 * the socket heals; a failed heal is tried again later. A heal reaches back at most
 * {@code gap.max-heal-window} from the gap's end (Genesys' details query spans 31 days);
 * an older part is recorded on the gap (PARTIALLY_HEALED, uncovered from–to), logged and
 * counted ({@code callimport.websocket.gaps.uncovered}), for an operator's backfill.
 */
@Component
class GapHealer {

	private static final Logger log = LoggerFactory.getLogger(GapHealer.class);

	/** Genesys' details query spans at most 31 days when filtered. */
	private static final Duration GENESYS_MAX_INTERVAL = Duration.ofDays(31);

	private final GapStore store;

	private final ReconciliationService reconciliation;

	private final GapProperties properties;

	private final Duration maxWindow;

	private final Counter uncovered;

	private final BooleanSupplier leader;

	private final Clock clock;

	private final String tenantId;

	private final Map<UUID, Instant> retryAfter = new ConcurrentHashMap<>();

	GapHealer(GapStore store, ReconciliationService reconciliation, GapProperties properties,
			ReconciliationProperties reconciliationProperties, LeaderElection election, Clock clock,
			TenantProperties tenant, MeterRegistry registry) {
		this.store = store;
		this.reconciliation = reconciliation;
		this.properties = properties;
		this.maxWindow = effectiveMaxWindow(properties.maxHealWindow(), reconciliationProperties.lookback());
		this.uncovered = Counter.builder("callimport.websocket.gaps.uncovered")
			.description("Gaps healed only in part: their older part is longer ago than a heal reaches")
			.tag("tenant", tenant.id())
			.register(registry);
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
		HealWindow window = HealWindow.of(gap.startedAt(), gap.endedAt(), this.properties.margin(), this.maxWindow);
		RunResult result = this.reconciliation.reconcile(RunKind.GAP, window.from(), window.to(),
				WindowMatch.OVERLAPPING);
		this.store.healAttempted(gap.id(), result.runId(), result.succeeded(), window.uncoveredFrom(), window.from());
		if (result.succeeded()) {
			this.retryAfter.remove(gap.id());
			log.info("Gap {} ({} to {}, {}) healed: {} conversation(s) found, {} were missing", gap.id(),
					gap.startedAt(), gap.endedAt(), gap.reason(), result.found(), result.requeued());
			if (window.partial()) {
				this.uncovered.increment();
				log.warn(
						"Gap {} was healed only from {}: [{}, {}) ({}) is longer ago than a heal reaches ({});"
								+ " run a backfill of it through the admin API",
						gap.id(), window.from(), window.uncoveredFrom(), window.from(), window.uncovered(),
						this.maxWindow);
			}
		}
		else {
			this.retryAfter.put(gap.id(), this.clock.instant().plus(this.properties.retryInterval()));
			log.warn("Healing gap {} failed; trying again in {}: {}", gap.id(), this.properties.retryInterval(),
					result.error());
		}
	}

	/**
	 * The configured cap, shortened so that the details query (which reaches
	 * {@code lookback} before the window) stays within Genesys' 31 days.
	 */
	static Duration effectiveMaxWindow(Duration configured, Duration lookback) {
		Duration queryable = GENESYS_MAX_INTERVAL.minus(lookback);
		return (configured.compareTo(queryable) < 0) ? configured : queryable;
	}

}
