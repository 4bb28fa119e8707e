package io.callimport.producer.leadership;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link LeaderElection} every {@code renew-interval} on threads of its own (a
 * Spring task scheduler no other task shares), from start-up; on shutdown resigns, after
 * the supervisor has closed the sockets.
 */
@Component
class ElectionSchedule implements SmartLifecycle {

	/**
	 * How often the holder checks that its lease is still proven; well below the safety
	 * margin, so the sockets close before the lease can run out in the database.
	 */
	static final Duration LEASE_CHECK_INTERVAL = Duration.ofMillis(250);

	private final LeaderElection election;

	private final LeadershipProperties properties;

	private volatile @Nullable ThreadPoolTaskScheduler scheduler;

	ElectionSchedule(LeaderElection election, LeadershipProperties properties) {
		this.election = election;
		this.properties = properties;
	}

	@Override
	public void start() {
		// two threads: the lease check below must run even while a renewal hangs on the
		// database
		ThreadPoolTaskScheduler started = new ThreadPoolTaskScheduler();
		started.setPoolSize(2);
		started.setThreadNamePrefix("leader-election-");
		started.setDaemon(true);
		started.setAwaitTerminationSeconds(5);
		started.initialize();
		this.scheduler = started;
		started.scheduleWithFixedDelay(this.election::tick, this.properties.renewInterval());
		started.scheduleWithFixedDelay(this.election::stepDownIfUnproven, Instant.now().plus(LEASE_CHECK_INTERVAL),
				LEASE_CHECK_INTERVAL);
	}

	@Override
	public void stop() {
		ThreadPoolTaskScheduler current = this.scheduler;
		if (current == null) {
			return;
		}
		// interrupts a renewal under way, waits up to 5 s for it to end
		current.shutdown();
		this.scheduler = null;
		this.election.resign();
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

	/** Starts before the supervisor and stops after it, so its sockets close first. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 100;
	}

}
