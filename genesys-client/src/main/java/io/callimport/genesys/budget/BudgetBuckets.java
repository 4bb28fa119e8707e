package io.callimport.genesys.budget;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two token buckets of one OAuth client and the lane rules over them, whatever store
 * they live in: the shared bucket every request takes a permit from, and the background
 * lane's bucket, which caps background work at its share of the rate.
 */
final class BudgetBuckets {

	private static final Logger log = LoggerFactory.getLogger(BudgetBuckets.class);

	private final String clientId;

	private final RatePlan plan;

	private final Bucket shared;

	private final Bucket background;

	private volatile boolean configured;

	BudgetBuckets(String clientId, RatePlan plan, BudgetStore store) {
		this.clientId = clientId;
		this.plan = plan;
		int rate = plan.current();
		this.shared = store.bucket(clientId, () -> plan.shared(rate));
		this.background = store.bucket(clientId + RequestBudget.BACKGROUND_KEY_SUFFIX, () -> plan.background(rate));
	}

	/**
	 * Writes the plan into both buckets, keeping their tokens and debt (a pause) as they
	 * are: when Genesys' allowance changes the plan, and on first use, so that a changed
	 * configuration also reaches buckets stored earlier.
	 */
	void configure(int requestsPerMinute) {
		this.shared.replaceConfiguration(this.plan.shared(requestsPerMinute), TokensInheritanceStrategy.AS_IS);
		this.background.replaceConfiguration(this.plan.background(requestsPerMinute), TokensInheritanceStrategy.AS_IS);
		this.plan.adopt(requestsPerMinute, System.nanoTime());
		this.configured = true;
	}

	/**
	 * On first use a stored plan below the configured rate is kept (another process
	 * lowered it to what Genesys allows; it rises again after a minute without such an
	 * answer), a higher one is lowered to the configured rate.
	 */
	void configureOnFirstUse() {
		if (!this.configured) {
			synchronized (this) {
				if (!this.configured) {
					int stored = perMinute(this.shared.asVerbose().getAvailableTokens().getConfiguration());
					int planned = Math.min(stored, this.plan.current());
					if (planned < this.plan.current()) {
						log.info("OAuth client {}: planning {} requests/min as stored by another process",
								this.clientId, planned);
					}
					configure(planned);
				}
			}
		}
	}

	/** Reserves a live permit due within {@code horizon} and waits for it. */
	boolean reserveLive(Duration horizon) throws InterruptedException {
		return horizon.isZero() ? this.shared.tryConsume(1) : this.shared.asBlocking().tryConsume(1, horizon);
	}

	boolean takeLive(int permits) {
		return this.shared.tryConsume(permits);
	}

	/**
	 * Reserves a permit of the background share due within {@code maxWait} and waits for
	 * it.
	 */
	boolean reserveBackgroundShare(Duration maxWait) throws InterruptedException {
		return maxWait.isZero() ? this.background.tryConsume(1) : this.background.asBlocking().tryConsume(1, maxWait);
	}

	/** A background permit: its share and a shared permit above the live reserve. */
	boolean takeBackground(int permits) {
		if (!this.background.tryConsume(permits)) {
			return false;
		}
		if (takeAboveReserve(permits)) {
			return true;
		}
		giveBackShare(permits);
		return false;
	}

	/**
	 * Takes shared permits only if the live reserve stays: takes reserve + permits in one
	 * atomic step (a token bucket's only conditional take, so it holds across processes
	 * without a lock) and hands the reserve back.
	 */
	boolean takeAboveReserve(int permits) {
		int reserve = this.plan.liveReserve(this.plan.current());
		if (!this.shared.tryConsume(reserve + (long) permits)) {
			return false;
		}
		if (reserve > 0) {
			this.shared.addTokens(reserve);
		}
		return true;
	}

	void giveBackShare(int permits) {
		try {
			this.background.addTokens(permits);
		}
		catch (RuntimeException ex) {
			log.debug("Could not hand {} background permits of OAuth client {} back", permits, this.clientId, ex);
		}
	}

	/** Nanoseconds until the live lane could take the permits at once. */
	long liveWait(int permits) {
		return waitFor(this.shared, Math.min(permits, this.plan.capacity(this.plan.current())));
	}

	/** Nanoseconds until the background lane could take the permits at once. */
	long backgroundWait(int permits) {
		int rate = this.plan.current();
		int reserve = this.plan.liveReserve(rate);
		int wanted = Math.min(permits,
				Math.min(this.plan.backgroundCapacity(rate), this.plan.capacity(rate) - reserve));
		return Math.max(waitFor(this.background, wanted), waitFor(this.shared, reserve + wanted));
	}

	/** Nanoseconds until the background share has a permit. */
	long shareWait() {
		return waitFor(this.background, 1);
	}

	/** Nanoseconds until the shared bucket has a permit above the live reserve. */
	long aboveReserveWait() {
		return waitFor(this.shared, this.plan.liveReserve(this.plan.current()) + 1);
	}

	/**
	 * Drives the shared bucket into just enough debt that its next permit comes only
	 * after {@code length}; takes nothing when the debt is already that deep.
	 * @return whether it took any
	 */
	boolean owe(Duration length) {
		long owed = (long) Math.ceil(this.plan.current() * (double) length.toNanos() / TimeUnit.MINUTES.toNanos(1));
		long debt = this.shared.getAvailableTokens() - (1 - owed);
		if (debt <= 0) {
			return false;
		}
		this.shared.consumeIgnoringRateLimits(debt);
		return true;
	}

	private static int perMinute(BucketConfiguration configuration) {
		Bandwidth limit = configuration.getBandwidths()[0];
		return (int) Math.max(1, Math
			.round(limit.getRefillTokens() * (double) TimeUnit.MINUTES.toNanos(1) / limit.getRefillPeriodNanos()));
	}

	private static long waitFor(Bucket bucket, int permits) {
		EstimationProbe probe = bucket.estimateAbilityToConsume(permits);
		if (probe.canBeConsumed()) {
			return 0;
		}
		if (probe.getNanosToWaitForRefill() == Long.MAX_VALUE && permits > 1) {
			// another process planned a smaller bucket than this one knows of yet
			return waitFor(bucket, 1);
		}
		return probe.getNanosToWaitForRefill();
	}

}
