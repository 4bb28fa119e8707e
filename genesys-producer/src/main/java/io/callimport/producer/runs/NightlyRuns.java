package io.callimport.producer.runs;

import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.callimport.producer.reconciliation.ReconciliationProperties;
import io.callimport.producer.leadership.LeaderElection;
import io.callimport.producer.reconciliation.RunKind;
import io.callimport.producer.tenant.TenantGenesys;

/**
 * What the nightly Quartz job does, on whichever replica Quartz fires it: records a
 * PENDING NIGHTLY run for the window of {@link NightlyWindow} and wakes the local
 * executor; the lease holder works on it (at once here, or at its next poll).
 */
@Component
class NightlyRuns {

	private static final Logger log = LoggerFactory.getLogger(NightlyRuns.class);

	private final RunStore store;

	private final RunExecutor executor;

	private final TenantGenesys genesys;

	private final ReconciliationProperties properties;

	private final LeaderElection election;

	private final Clock clock;

	NightlyRuns(RunStore store, RunExecutor executor, TenantGenesys genesys, ReconciliationProperties properties,
			LeaderElection election, Clock clock) {
		this.store = store;
		this.executor = executor;
		this.genesys = genesys;
		this.properties = properties;
		this.election = election;
		this.clock = clock;
	}

	void requestRun() {
		String tenantId = this.genesys.tenantId();
		if (this.genesys.revision().isEmpty()) {
			log.info("Nightly reconciliation of tenant {} skipped: no Genesys settings yet", tenantId);
			return;
		}
		DayWindows.Window window = NightlyWindow.of(this.clock.instant(),
				this.store.lastNightlyEnd(tenantId).orElse(null), this.properties);
		UUID runId = this.store.create(tenantId, RunKind.NIGHTLY, window.from(), window.to());
		log.info("Nightly reconciliation {} of [{}, {}) requested by replica {}", runId, window.from(), window.to(),
				this.election.holderId());
		this.executor.wake();
	}

}
