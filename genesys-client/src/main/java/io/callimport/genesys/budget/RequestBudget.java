package io.callimport.genesys.budget;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailure;
import io.callimport.genesys.failure.GenesysRequestException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request budget of one OAuth client, in a {@link BudgetStore} (PostgreSQL shared by
 * every process, or this process only). Live requests take the next permit. Background
 * requests first pass a bucket of their own, which caps them at {@code backgroundShare}
 * of the rate, then take a permit only while the shared bucket holds more than
 * {@code liveReserve}, so a live request arriving during a background flood still finds
 * one at once. A 429 or a used-up rate-limit window pauses the client for every process
 * ({@link #pause}); Genesys' allowance caps its rate for every process
 * ({@link #planFor}).
 */
public final class RequestBudget {

	private static final Logger log = LoggerFactory.getLogger(RequestBudget.class);

	/** The key of the background lane's bucket is the client id and this. */
	public static final String BACKGROUND_KEY_SUFFIX = "/background";

	/**
	 * A live request reserves a permit only when it is due within this; one due later is
	 * waited for first, so that a pause applied meanwhile holds it back too.
	 */
	private static final long RESERVATION_HORIZON = TimeUnit.SECONDS.toNanos(1);

	private static final long RECHECK = TimeUnit.MILLISECONDS.toNanos(5);

	/**
	 * A pause ending within this of the latest one is that pause seen again, e.g. in
	 * another 429 of the same window: {@code Retry-After} counts whole seconds.
	 */
	private static final Duration SAME_PAUSE = Duration.ofSeconds(1);

	private final String clientId;

	private final BudgetStore store;

	private final RatePlan plan;

	private final BudgetBuckets buckets;

	private final Duration maxWait;

	public RequestBudget(String clientId, BudgetSettings settings, BudgetStore store) {
		this.clientId = clientId;
		this.store = store;
		this.plan = new RatePlan(settings);
		this.buckets = new BudgetBuckets(clientId, this.plan, store);
		this.maxWait = settings.maxWait();
	}

	/**
	 * Waits up to {@code maxWait} for a permit; fails at once when the estimated wait is
	 * longer.
	 * @return how long it waited, in nanoseconds
	 * @throws GenesysRequestException {@code RATE_LIMITED} when no permit comes within
	 * {@code maxWait}; {@code TRANSIENT} when the store is unavailable
	 * @throws InterruptedIOException when the thread is interrupted while waiting
	 */
	public long acquire(Lane lane) throws GenesysRequestException, InterruptedIOException {
		long start = System.nanoTime();
		long deadline = start + this.maxWait.toNanos();
		try {
			this.buckets.configureOnFirstUse();
			if (lane == Lane.LIVE) {
				acquireLive(deadline);
			}
			else {
				acquireBackground(deadline);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while waiting for the Genesys request budget");
		}
		catch (RuntimeException ex) {
			throw storeUnavailable(ex);
		}
		return System.nanoTime() - start;
	}

	/**
	 * Takes {@code permits} at once if the lane can have them now, without waiting.
	 * @throws GenesysException {@code TRANSIENT} when the store is unavailable
	 */
	public boolean tryAcquire(Lane lane, int permits) {
		requirePositive(permits);
		return guarded(
				() -> (lane == Lane.LIVE) ? this.buckets.takeLive(permits) : this.buckets.takeBackground(permits));
	}

	/**
	 * How long until the lane could take {@code permits} at once: zero when it could now.
	 * Consumes nothing; an estimate, since other callers may take permits meanwhile. More
	 * permits than the lane's bucket holds are estimated as a full bucket.
	 * @throws GenesysException {@code TRANSIENT} when the store is unavailable
	 */
	public Duration availableIn(Lane lane, int permits) {
		requirePositive(permits);
		return guarded(() -> Duration
			.ofNanos((lane == Lane.LIVE) ? this.buckets.liveWait(permits) : this.buckets.backgroundWait(permits)));
	}

	/**
	 * The requests per minute planned now for the OAuth client, as this process knows it.
	 */
	public int plannedRequestsPerMinute() {
		return this.plan.current();
	}

	/**
	 * Pauses the OAuth client for every process sharing the store: its next permit comes
	 * only after {@code length}. Pauses seen at once by several threads or processes are
	 * applied one at a time, each taking only the debt still missing, so they do not add
	 * up; one ending within a second of the latest pause is taken for that pause.
	 * @return whether this call lengthened the pause
	 */
	public boolean pause(Duration length) {
		if (length.isNegative() || length.isZero()) {
			return false;
		}
		this.buckets.configureOnFirstUse();
		Instant until = Instant.now().plus(length);
		boolean applied = this.store.exclusivePause(this.clientId, until,
				(latest) -> until.isAfter(latest.plus(SAME_PAUSE)) && this.buckets.owe(length));
		if (applied) {
			log.warn("Genesys OAuth client {} paused for {} ms in every process sharing its budget", this.clientId,
					length.toMillis());
		}
		return applied;
	}

	/**
	 * Follows Genesys' {@code inin-ratelimit-allowed} of an answer: plans below it (by
	 * {@link RatePlan#ALLOWED_MARGIN}) while it is under the configured rate, for every
	 * process sharing the store; plans the configured rate again after a minute without a
	 * lower allowance.
	 * @param allowedPerMinute the answer's allowance, or null when it had none
	 */
	public synchronized void planFor(@Nullable Integer allowedPerMinute) {
		OptionalInt proposal = this.plan.proposal(allowedPerMinute, System.nanoTime());
		if (proposal.isPresent()) {
			int previous = this.plan.current();
			this.buckets.configure(proposal.getAsInt());
			log.info("Genesys allows {} requests/min for OAuth client {}: planning {} instead of {}", allowedPerMinute,
					this.clientId, proposal.getAsInt(), previous);
		}
	}

	private void acquireLive(long deadline) throws InterruptedException, GenesysRequestException {
		while (true) {
			long horizon = Math.max(0, Math.min(deadline - System.nanoTime(), RESERVATION_HORIZON));
			if (this.buckets.reserveLive(Duration.ofNanos(horizon))) {
				return;
			}
			long wait = this.buckets.liveWait(1);
			if (wait > deadline - System.nanoTime()) {
				throw exhausted(Lane.LIVE, wait);
			}
			park(Math.max(RECHECK, wait - RESERVATION_HORIZON / 2));
		}
	}

	private void acquireBackground(long deadline) throws InterruptedException, GenesysRequestException {
		if (!this.buckets.reserveBackgroundShare(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
			throw exhausted(Lane.BACKGROUND, this.buckets.shareWait());
		}
		try {
			while (!this.buckets.takeAboveReserve(1)) {
				long wait = Math.max(RECHECK, this.buckets.aboveReserveWait());
				if (wait > deadline - System.nanoTime()) {
					throw exhausted(Lane.BACKGROUND, wait);
				}
				park(wait);
			}
		}
		catch (InterruptedException | GenesysRequestException | RuntimeException ex) {
			this.buckets.giveBackShare(1);
			throw ex;
		}
	}

	/**
	 * Parks a little longer than asked, at random, so that waiters do not all wake at
	 * once.
	 */
	private static void park(long nanos) throws InterruptedException {
		LockSupport.parkNanos(nanos + ThreadLocalRandom.current().nextLong(RECHECK));
		if (Thread.interrupted()) {
			throw new InterruptedException();
		}
	}

	private GenesysRequestException exhausted(Lane lane, long nanosToWait) {
		return BudgetFailures.exhausted(this.clientId, lane, this.maxWait, nanosToWait);
	}

	private GenesysRequestException storeUnavailable(RuntimeException ex) {
		return BudgetFailures.storeUnavailable(this.clientId, ex);
	}

	private <T> T guarded(Supplier<T> operation) {
		try {
			this.buckets.configureOnFirstUse();
			return operation.get();
		}
		catch (RuntimeException ex) {
			throw new GenesysException(GenesysFailure.classify(storeUnavailable(ex)));
		}
	}

	private static void requirePositive(int permits) {
		if (permits < 1) {
			throw new IllegalArgumentException("permits must be at least 1, not " + permits);
		}
	}

}
