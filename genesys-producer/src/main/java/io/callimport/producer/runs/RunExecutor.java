package io.callimport.producer.runs;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.callimport.producer.reconciliation.ReconciliationProperties;
import io.callimport.producer.leadership.LeaderElection;
import io.callimport.producer.tenant.TenantProperties;

/**
 * Works through the tenant's unfinished runs on a thread of its own, one window at a
 * time, while this replica holds the lease: every {@code poll-interval}, and at once when
 * a run is requested here. The run is chosen again before every window, so a nightly or
 * manual run requested during a long backfill goes next. Runs a previous holder left
 * unfinished are resumed from their {@code progress_until}.
 */
@Component
class RunExecutor implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RunExecutor.class);

	private final RunStore store;

	private final WindowStep step;

	private final LeaderElection election;

	private final ReconciliationProperties properties;

	private final String tenantId;

	private final AtomicBoolean wakePending = new AtomicBoolean();

	private volatile @Nullable ScheduledExecutorService thread;

	private volatile boolean running;

	private boolean leading;

	RunExecutor(RunStore store, WindowStep step, LeaderElection election, ReconciliationProperties properties,
			TenantProperties tenant) {
		this.store = store;
		this.step = step;
		this.election = election;
		this.properties = properties;
		this.tenantId = tenant.id();
	}

	/**
	 * Looks for work at once (on this replica's thread; nothing happens on a standby).
	 */
	void wake() {
		ScheduledExecutorService current = this.thread;
		if (current != null && this.wakePending.compareAndSet(false, true)) {
			current.execute(this::drain);
		}
	}

	private void drain() {
		this.wakePending.set(false);
		try {
			if (!keepGoing()) {
				this.leading = false;
				return;
			}
			if (!this.leading) {
				this.leading = true;
				int abandoned = this.store.failAbandonedGapRuns(this.tenantId, this.election.holderId());
				if (abandoned > 0) {
					log.info("{} gap run(s) left running by a previous holder marked failed", abandoned);
				}
			}
			Optional<ClaimedRun> next = this.store.claimNext(this.tenantId, this.election.holderId());
			while (next.isPresent() && keepGoing()) {
				this.step.execute(next.get(), this::keepGoing);
				next = keepGoing() ? this.store.claimNext(this.tenantId, this.election.holderId()) : Optional.empty();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Looking for reconciliation runs failed; trying again in {}: {}", this.properties.pollInterval(),
					ex.toString());
		}
	}

	private boolean keepGoing() {
		return this.running && this.election.isLeader();
	}

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread worker = new Thread(runnable, "reconciliation-runs");
			worker.setDaemon(true);
			return worker;
		});
		this.running = true;
		this.thread = executor;
		long period = this.properties.pollInterval().toMillis();
		executor.scheduleWithFixedDelay(this::drain, period, period, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		this.running = false;
		ScheduledExecutorService executor = this.thread;
		if (executor == null) {
			return;
		}
		executor.shutdownNow();
		try {
			executor.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.thread = null;
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

}
