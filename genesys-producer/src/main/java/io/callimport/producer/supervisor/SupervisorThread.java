package io.callimport.producer.supervisor;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The one thread the supervisor's steps run on (a single-threaded Spring task scheduler
 * of its own, so no other task can delay a step): every period, and at once when woken
 * (wake-ups that arrive while one is pending collapse into one step).
 */
final class SupervisorThread {

	private final Runnable step;

	private final AtomicBoolean wakePending = new AtomicBoolean();

	private volatile @Nullable ThreadPoolTaskScheduler scheduler;

	SupervisorThread(Runnable step) {
		this.step = step;
	}

	void start(Duration period) {
		ThreadPoolTaskScheduler started = new ThreadPoolTaskScheduler();
		started.setPoolSize(1);
		started.setThreadNamePrefix("producer-supervisor-");
		started.setDaemon(true);
		started.initialize();
		this.scheduler = started;
		started.scheduleWithFixedDelay(this::runStep, Instant.now().plus(period), period);
	}

	void wake() {
		ThreadPoolTaskScheduler current = this.scheduler;
		if (current != null && this.wakePending.compareAndSet(false, true)) {
			try {
				current.execute(this::runStep);
			}
			catch (TaskRejectedException ex) {
				// stopping: no step is wanted any more
			}
		}
	}

	private void runStep() {
		this.wakePending.set(false);
		this.step.run();
	}

	/** Runs {@code last} on the thread (waiting up to {@code timeout}), then stops it. */
	void stop(Runnable last, Duration timeout) throws ExecutionException, TimeoutException {
		ThreadPoolTaskScheduler current = this.scheduler;
		if (current == null) {
			return;
		}
		try {
			current.submit(last).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			current.shutdown();
			this.scheduler = null;
		}
	}

	boolean isRunning() {
		return this.scheduler != null;
	}

}
