package io.callimport.producer.runs;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.stereotype.Component;

import io.callimport.producer.reconciliation.ReconciliationProperties;
import io.callimport.producer.leadership.LeaderElection;
import io.callimport.producer.reconciliation.ReconciliationInterrupted;
import io.callimport.producer.reconciliation.ReconciliationMetrics;
import io.callimport.producer.reconciliation.ReconciliationService;
import io.callimport.producer.reconciliation.WindowCounts;
import io.callimport.producer.tenant.TenantProperties;

/**
 * Works on the next window of a claimed run and records the outcome: its figures and
 * progress, or a failed attempt (tried again after {@code retry-interval}, up to
 * {@code max-attempts}, then the run fails). A window cut short by a stop or a lost lease
 * is left for the next holder.
 */
@Component
class WindowStep {

	private static final Logger log = LoggerFactory.getLogger(WindowStep.class);

	private final ReconciliationService reconciliation;

	private final RunStore store;

	private final ReconciliationMetrics metrics;

	private final ReconciliationProperties properties;

	private final String holderId;

	private final String tenantId;

	WindowStep(ReconciliationService reconciliation, RunStore store, ReconciliationMetrics metrics,
			ReconciliationProperties properties, LeaderElection election, TenantProperties tenant) {
		this.reconciliation = reconciliation;
		this.store = store;
		this.metrics = metrics;
		this.properties = properties;
		this.holderId = election.holderId();
		this.tenantId = tenant.id();
	}

	void execute(ClaimedRun run, BooleanSupplier keepGoing) {
		DayWindows.Window window = run.nextWindow();
		AtomicInteger requests = new AtomicInteger();
		MDC.put("runId", run.id().toString());
		try {
			WindowCounts counts = this.reconciliation.reconcileWindow(run.kind(), window.from(), window.to(), requests,
					keepGoing);
			if (counts.failed() > 0) {
				failed(run, counts.failed() + " conversation(s) could not be written to the outbox", requests.get());
				return;
			}
			done(run, window, counts, requests.get());
		}
		catch (ReconciliationInterrupted ex) {
			interrupted(run, window, requests.get(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			if (!keepGoing.getAsBoolean()) {
				interrupted(run, window, requests.get(), ex.toString());
				return;
			}
			failed(run, ex.getClass().getSimpleName() + ": " + ex.getMessage(), requests.get());
		}
		finally {
			MDC.remove("runId");
		}
	}

	private void done(ClaimedRun run, DayWindows.Window window, WindowCounts counts, int requests) {
		if (!this.store.windowDone(run, this.holderId, window.to(), counts, requests)) {
			log.info("{} run {}: another replica took it over; window [{}, {}) not recorded here", run.kind(), run.id(),
					window.from(), window.to());
			return;
		}
		this.metrics.missing(run.kind(), counts.requeued());
		log.info("{} run {}: window [{}, {}) reconciled with {} Genesys request(s): {}", run.kind(), run.id(),
				window.from(), window.to(), requests, counts);
		if (!window.to().isBefore(run.to())) {
			this.metrics.run(run.kind(), true);
			log.info("{} run {} of [{}, {}) succeeded", run.kind(), run.id(), run.from(), run.to());
		}
	}

	private void failed(ClaimedRun run, String error, int requests) {
		boolean giveUp = run.attempts() + 1 >= this.properties.maxAttempts();
		if (!this.store.windowFailed(run, this.holderId, error, requests,
				giveUp ? null : this.properties.retryInterval())) {
			return;
		}
		if (giveUp) {
			this.metrics.run(run.kind(), false);
			log.warn("{} run {} failed after {} attempt(s) of window {}: {}", run.kind(), run.id(), run.attempts() + 1,
					run.nextWindow(), error);
		}
		else {
			log.warn("{} run {}: window {} failed (attempt {} of {}), trying again in {}: {}", run.kind(), run.id(),
					run.nextWindow(), run.attempts() + 1, this.properties.maxAttempts(),
					this.properties.retryInterval(), error);
		}
	}

	private void interrupted(ClaimedRun run, DayWindows.Window window, int requests, String why) {
		this.store.addRequests(run, requests);
		log.info("{} run {}: window [{}, {}) interrupted ({}); the lease holder repeats it", run.kind(), run.id(),
				window.from(), window.to(), why);
	}

}
