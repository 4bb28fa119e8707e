package io.callimport.producer.supervisor;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

/**
 * The one thread the supervisor's steps run on: every period, and at once when woken
 * (wake-ups that arrive while one is pending collapse into one step).
 */
final class SupervisorThread {

	private final Runnable step;

	private final AtomicBoolean wakePending = new AtomicBoolean();

	private volatile @Nullable ScheduledExecutorService executor;

	SupervisorThread(Runnable step) {
		this.step = step;
	}

	void start(Duration period) {
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread worker = new Thread(runnable, "producer-supervisor");
			worker.setDaemon(true);
			return worker;
		});
		this.executor = started;
		started.scheduleWithFixedDelay(this::runStep, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
	}

	void wake() {
		ScheduledExecutorService current = this.executor;
		if (current != null && this.wakePending.compareAndSet(false, true)) {
			current.execute(this::runStep);
		}
	}

	private void runStep() {
		this.wakePending.set(false);
		this.step.run();
	}

	/** Runs {@code last} on the thread (waiting up to {@code timeout}), then stops it. */
	void stop(Runnable last, Duration timeout) throws ExecutionException, TimeoutException {
		ScheduledExecutorService current = this.executor;
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
			current.shutdownNow();
			this.executor = null;
		}
	}

	boolean isRunning() {
		return this.executor != null;
	}

}
