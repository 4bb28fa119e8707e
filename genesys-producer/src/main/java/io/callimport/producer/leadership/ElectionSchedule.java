package io.callimport.producer.leadership;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link LeaderElection} every {@code renew-interval} on a thread of its own,
 * from start-up; on shutdown resigns, after the supervisor has closed the sockets.
 */
@Component
class ElectionSchedule implements SmartLifecycle {

	/**
	 * How often the holder checks that its lease is still proven; well below the safety
	 * margin, so the sockets close before the lease can run out in the database.
	 */
	static final long LEASE_CHECK_MILLIS = 250;

	private final LeaderElection election;

	private final LeadershipProperties properties;

	private volatile @Nullable ScheduledExecutorService thread;

	ElectionSchedule(LeaderElection election, LeadershipProperties properties) {
		this.election = election;
		this.properties = properties;
	}

	@Override
	public void start() {
		// two threads: the lease check below must run even while a renewal hangs on the
		// database
		ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, (runnable) -> {
			Thread worker = new Thread(runnable, "leader-election");
			worker.setDaemon(true);
			return worker;
		});
		this.thread = executor;
		long period = this.properties.renewInterval().toMillis();
		executor.scheduleWithFixedDelay(this.election::tick, 0, period, TimeUnit.MILLISECONDS);
		executor.scheduleWithFixedDelay(this.election::stepDownIfUnproven, LEASE_CHECK_MILLIS, LEASE_CHECK_MILLIS,
				TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.thread;
		if (executor == null) {
			return;
		}
		executor.shutdownNow();
		try {
			executor.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.thread = null;
		this.election.resign();
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	/** Starts before the supervisor and stops after it, so its sockets close first. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 100;
	}

}
