package io.callimport.genesys.media;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import okhttp3.Call;
import org.jspecify.annotations.Nullable;

/**
 * The total time one download may take, redirects and body included: when it passes, the
 * HTTP call in progress is canceled, which ends a blocked read at once and frees the
 * thread. The read timeout alone would not: a server trickling a byte a minute keeps it
 * for ever.
 */
final class DownloadDeadline implements AutoCloseable {

	private final ScheduledExecutorService timer;

	private final long startedNanos = System.nanoTime();

	private volatile @Nullable Call call;

	private volatile boolean expired;

	private volatile Duration budget;

	private @Nullable ScheduledFuture<?> alarm;

	DownloadDeadline(ScheduledExecutorService timer, Duration budget) {
		this.timer = timer;
		this.budget = budget;
		schedule(budget);
	}

	/** The call now under way; canceled at once when the deadline has passed. */
	void watch(Call current) {
		this.call = current;
		if (this.expired) {
			current.cancel();
		}
	}

	/** Sets the budget (from the start) anew, once the size is known. */
	synchronized void reset(Duration newBudget) {
		this.budget = newBudget;
		schedule(newBudget);
	}

	boolean expired() {
		return this.expired;
	}

	Duration budget() {
		return this.budget;
	}

	private synchronized void schedule(Duration fromStart) {
		if (this.alarm != null) {
			this.alarm.cancel(false);
		}
		long remaining = Math.max(0, fromStart.toNanos() - (System.nanoTime() - this.startedNanos));
		this.alarm = this.timer.schedule(this::expire, remaining, TimeUnit.NANOSECONDS);
	}

	private void expire() {
		this.expired = true;
		Call current = this.call;
		if (current != null) {
			current.cancel();
		}
	}

	@Override
	public synchronized void close() {
		if (this.alarm != null) {
			this.alarm.cancel(false);
		}
	}

}
