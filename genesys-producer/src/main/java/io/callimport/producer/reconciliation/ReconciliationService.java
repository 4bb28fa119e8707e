package io.callimport.producer.reconciliation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import io.callimport.genesys.GenesysClient;
import io.callimport.model.settings.GenesysSettings;
import io.callimport.producer.leadership.LeaderElection;
import io.callimport.producer.tenant.TenantGenesys;

/**
 * Reconciles windows: lists the group agents' ended voice conversations from analytics
 * (in the background lane of the request budget, so live requests go first), skips those
 * already imported or on their way, and publishes the rest through the outbox.
 * {@link #reconcile} runs and records a whole window at once (gap healing);
 * {@link #reconcileWindow} is one day window of a run that the run executor records.
 */
@Service
public class ReconciliationService {

	private static final Logger log = LoggerFactory.getLogger(ReconciliationService.class);

	private final TenantGenesys genesys;

	private final AnalyticsConversationFinder finder;

	private final WindowAgents agents;

	private final MissingConversations missing;

	private final ReconciliationRuns runs;

	private final ReconciliationMetrics metrics;

	private final LeaderElection election;

	ReconciliationService(TenantGenesys genesys, AnalyticsConversationFinder finder, WindowAgents agents,
			MissingConversations missing, ReconciliationRuns runs, ReconciliationMetrics metrics,
			LeaderElection election) {
		this.genesys = genesys;
		this.finder = finder;
		this.agents = agents;
		this.missing = missing;
		this.runs = runs;
		this.metrics = metrics;
		this.election = election;
	}

	/**
	 * Runs one window now, unpaced, and records it as a run of its own (a failed run is
	 * recorded, not thrown).
	 */
	public RunResult reconcile(RunKind kind, Instant from, Instant to, WindowMatch match) {
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("A reconciliation window must start before it ends");
		}
		UUID runId = this.runs.start(this.genesys.tenantId(), kind, from, to, this.election.holderId());
		AtomicInteger requests = new AtomicInteger();
		try {
			WindowCounts counts = window(kind, from, to, match, requests, false, () -> true);
			String error = (counts.failed() > 0)
					? counts.failed() + " conversation(s) could not be written to the outbox" : null;
			RunResult result = new RunResult(runId, error == null, from, to, counts.found(), counts.alreadyImported(),
					counts.inFlight(), counts.requeued(), counts.failed(), error);
			this.runs.finished(result, requests.get());
			this.metrics.run(kind, result.succeeded());
			this.metrics.missing(kind, result.requeued());
			log.info("{} reconciliation {} of [{}, {}): {}", kind, runId, from, to, counts);
			return result;
		}
		catch (RuntimeException ex) {
			String error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			log.warn("{} reconciliation {} of [{}, {}) failed: {}", kind, runId, from, to, error);
			this.runs.failed(runId, error, requests.get());
			this.metrics.run(kind, false);
			return new RunResult(runId, false, from, to, 0, 0, 0, 0, 0, error);
		}
	}

	/**
	 * Reconciles the conversations that ended in {@code [from, to)}, publishing at the
	 * consumer's pace; records nothing.
	 * @param requests counts the Genesys requests made, also when this throws
	 * @param keepGoing checked while waiting; false ends the window with
	 * {@link ReconciliationInterrupted}
	 */
	public WindowCounts reconcileWindow(RunKind kind, Instant from, Instant to, AtomicInteger requests,
			BooleanSupplier keepGoing) {
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("A reconciliation window must start before it ends");
		}
		return window(kind, from, to, WindowMatch.ENDED_WITHIN, requests, true, keepGoing);
	}

	private WindowCounts window(RunKind kind, Instant from, Instant to, WindowMatch match, AtomicInteger requests,
			boolean paced, BooleanSupplier keepGoing) {
		GenesysSettings settings = this.genesys.settings()
			.orElseThrow(() -> new IllegalStateException("The tenant has no Genesys settings yet"));
		GenesysClient client = this.genesys.client(settings).background();
		Set<String> agents = this.agents.of(client, settings, from, requests);
		List<FoundConversation> found = agents.isEmpty() ? List.of()
				: this.finder.find(client, agents, from, to, match, requests);
		return this.missing.requeue(settings.tenantId(), kind, found, paced, keepGoing);
	}

}
