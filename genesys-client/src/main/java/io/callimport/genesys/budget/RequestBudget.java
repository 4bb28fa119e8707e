package io.callimport.genesys.budget;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.failure.GenesysRequestException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;

/**
 * A token bucket per OAuth client (Bucket4j). Live requests reserve the next permit in
 * arrival order. Background requests first pass a bucket of their own, which caps them at
 * {@code backgroundShare} of the rate, then take a permit only while the shared bucket
 * holds more than {@code liveReserve} permits, so a live request arriving during a
 * background flood still finds one at once.
 */
public final class RequestBudget {

	private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

	private final Bucket shared;

	private final Bucket background;

	private final int liveReserve;

	private final Duration maxWait;

	public RequestBudget(BudgetSettings settings) {
		Duration minute = Duration.ofMinutes(1);
		this.shared = Bucket.builder()
			.addLimit((limit) -> limit.capacity(settings.burst()).refillGreedy(settings.requestsPerMinute(), minute))
			.build();
		long backgroundRate = Math.max(1, Math.round(settings.requestsPerMinute() * settings.backgroundShare()));
		long backgroundBurst = Math.max(1, Math.round(settings.burst() * settings.backgroundShare()));
		this.background = Bucket.builder()
			.addLimit((limit) -> limit.capacity(backgroundBurst).refillGreedy(backgroundRate, minute))
			.build();
		this.liveReserve = settings.liveReserve();
		this.maxWait = settings.maxWait();
	}

	/**
	 * Waits for a permit.
	 * @return how long it waited, in nanoseconds
	 * @throws GenesysRequestException ({@code RATE_LIMITED}) when no permit comes within
	 * {@code maxWait}
	 * @throws InterruptedIOException when the thread is interrupted while waiting
	 */
	public long acquire(Lane lane) throws GenesysRequestException, InterruptedIOException {
		long start = System.nanoTime();
		long deadline = start + this.maxWait.toNanos();
		try {
			if (lane == Lane.LIVE) {
				acquireLive();
			}
			else {
				acquireBackground(deadline);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while waiting for the Genesys request budget");
		}
		return System.nanoTime() - start;
	}

	private void acquireLive() throws InterruptedException, GenesysRequestException {
		if (!this.shared.asBlocking().tryConsume(1, this.maxWait)) {
			throw exhausted(Lane.LIVE, this.shared.estimateAbilityToConsume(1).getNanosToWaitForRefill());
		}
	}

	private void acquireBackground(long deadline) throws InterruptedException, GenesysRequestException {
		if (!this.background.asBlocking().tryConsume(1, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
			throw exhausted(Lane.BACKGROUND, this.background.estimateAbilityToConsume(1).getNanosToWaitForRefill());
		}
		while (true) {
			EstimationProbe probe = this.shared.estimateAbilityToConsume(this.liveReserve + 1L);
			if (probe.canBeConsumed() && this.shared.tryConsume(1)) {
				return;
			}
			long remaining = deadline - System.nanoTime();
			if (remaining <= 0) {
				throw exhausted(Lane.BACKGROUND, probe.getNanosToWaitForRefill());
			}
			long wait = probe.canBeConsumed() ? RECHECK_NANOS
					: Math.max(RECHECK_NANOS, probe.getNanosToWaitForRefill());
			LockSupport.parkNanos(Math.min(wait, remaining));
			if (Thread.interrupted()) {
				throw new InterruptedException();
			}
		}
	}

	private GenesysRequestException exhausted(Lane lane, long nanosToWait) {
		Duration retryAfter = Duration.ofNanos(Math.max(nanosToWait, TimeUnit.SECONDS.toNanos(1)));
		return new GenesysRequestException(GenesysFailureKind.RATE_LIMITED,
				"No Genesys request budget for the " + lane + " lane within " + this.maxWait.toSeconds()
						+ " s; the OAuth client's requests per minute are used up, try again later",
				0, null, null, retryAfter, null);
	}

}
