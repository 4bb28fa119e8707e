package io.callimport.producer.publishing;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Publishes the tenant's outbox on a thread of its own (a single-threaded Spring task
 * scheduler): a {@link RelayPass} right after a message is enqueued, every
 * {@code relay-interval} anyway, and with growing pauses while passes fail (database
 * unavailable). Runs on every replica: the row locks keep two relays apart.
 */
@Component
class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final long MAX_FAILURE_WAIT_MILLIS = 30_000;

	private final RelayPass pass;

	private final PublishingProperties properties;

	private final AtomicBoolean wakePending = new AtomicBoolean();

	private volatile boolean running;

	private volatile @Nullable ThreadPoolTaskScheduler scheduler;

	/** The next pass when none was asked for; only the relay's thread sets it. */
	private @Nullable ScheduledFuture<?> next;

	private @Nullable BackOffExecution failures;

	OutboxRelay(RelayPass pass, PublishingProperties properties) {
		this.pass = pass;
		this.properties = properties;
	}

	/** Asks for a pass now (a message was enqueued). */
	void wakeUp() {
		ThreadPoolTaskScheduler current = this.scheduler;
		if (current != null && this.running && this.wakePending.compareAndSet(false, true)) {
			try {
				current.execute(this::runPass);
			}
			catch (TaskRejectedException ex) {
				// stopping: the message waits in the outbox for the next start
			}
		}
	}

	/**
	 * One pass, then the next one scheduled: at once while a full batch was published,
	 * after {@code relay-interval} otherwise, and with growing pauses while passes fail.
	 * Runs on the relay's one thread, so passes never overlap.
	 */
	private void runPass() {
		this.wakePending.set(false);
		ScheduledFuture<?> planned = this.next;
		if (planned != null) {
			// a wake-up came first: this pass replaces the planned one
			planned.cancel(false);
		}
		if (!this.running) {
			return;
		}
		long wait = this.properties.relayInterval().toMillis();
		try {
			wait = this.pass.run() ? 0 : wait;
			this.failures = null;
		}
		catch (RuntimeException ex) {
			BackOffExecution backOff = (this.failures != null) ? this.failures : failureBackOff().start();
			this.failures = backOff;
			wait = backOff.nextBackOff();
			log.warn("Outbox relay pass failed (database unavailable?); trying again in {} ms: {}", wait,
					ex.toString());
		}
		ThreadPoolTaskScheduler current = this.scheduler;
		if (this.running && current != null) {
			try {
				this.next = current.schedule(this::runPass, Instant.now().plusMillis(wait));
			}
			catch (TaskRejectedException ex) {
				// stopped meanwhile
			}
		}
	}

	private ExponentialBackOff failureBackOff() {
		ExponentialBackOff backOff = new ExponentialBackOff(this.properties.relayInterval().toMillis(), 2.0);
		backOff.setMaxInterval(Math.max(MAX_FAILURE_WAIT_MILLIS, this.properties.relayInterval().toMillis()));
		return backOff;
	}

	@Override
	public void start() {
		ThreadPoolTaskScheduler started = new ThreadPoolTaskScheduler();
		started.setPoolSize(1);
		started.setThreadNamePrefix("outbox-relay-");
		started.setDaemon(true);
		// a pass under way finishes (it waits for the broker's confirms at most this
		// long)
		started.setWaitForTasksToCompleteOnShutdown(true);
		started.setAwaitTerminationMillis(this.properties.confirmTimeout().toMillis() + 2000);
		started.initialize();
		this.scheduler = started;
		this.running = true;
		started.execute(this::runPass);
	}

	@Override
	public void stop() {
		this.running = false;
		ThreadPoolTaskScheduler current = this.scheduler;
		if (current != null) {
			// the planned pass is dropped, the one under way (if any) ends, nothing else
			// runs
			current.getScheduledThreadPoolExecutor().setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
			current.shutdown();
			this.scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Starts before and stops after the producers of messages (detection, supervisor).
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 200;
	}

}
