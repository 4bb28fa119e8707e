package io.callimport.genesys.budget;

import java.time.Duration;
import java.util.OptionalInt;

import io.github.bucket4j.BucketConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * The requests per minute planned for one OAuth client: the configured rate, or less when
 * Genesys' {@code inin-ratelimit-allowed} says it allows less, and the bucket
 * configurations that follow from it. A lower figure is adopted at once; a higher one (or
 * the configured rate, when answers carry no allowance) only after a minute in which no
 * lower one was seen, so that endpoints reporting different limits do not make the plan
 * (a database write for every replica) flap.
 */
final class RatePlan {

	/**
	 * The share of Genesys' allowance left unplanned, for the other users of the client.
	 */
	static final double ALLOWED_MARGIN = 0.1;

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final BudgetSettings settings;

	private int current;

	private long lowerSeenAt;

	RatePlan(BudgetSettings settings) {
		this.settings = settings;
		this.current = settings.requestsPerMinute();
	}

	/** The requests per minute planned now. */
	synchronized int current() {
		return this.current;
	}

	/**
	 * What an answer's allowance means for the plan.
	 * @param allowed {@code inin-ratelimit-allowed}, read as requests per minute; null
	 * when the answer had none
	 * @param nowNanos {@link System#nanoTime()}
	 * @return the plan to adopt, or empty to keep the current one
	 */
	synchronized OptionalInt proposal(@Nullable Integer allowed, long nowNanos) {
		int target = (allowed == null || allowed <= 0) ? this.settings.requestsPerMinute() : Math.max(1,
				Math.min(this.settings.requestsPerMinute(), (int) Math.floor(allowed * (1 - ALLOWED_MARGIN))));
		if (target < this.settings.requestsPerMinute() && target <= this.current) {
			this.lowerSeenAt = nowNanos;
		}
		if (target < this.current) {
			return OptionalInt.of(target);
		}
		if (target > this.current && nowNanos - this.lowerSeenAt >= MINUTE.toNanos()) {
			return OptionalInt.of(target);
		}
		return OptionalInt.empty();
	}

	/**
	 * Adopts a plan once the buckets were given its configurations; one below the
	 * configured rate counts as a lower allowance seen now.
	 */
	synchronized void adopt(int requestsPerMinute, long nowNanos) {
		this.current = requestsPerMinute;
		if (requestsPerMinute < this.settings.requestsPerMinute()) {
			this.lowerSeenAt = nowNanos;
		}
	}

	/**
	 * The most permits the shared bucket holds: the burst, but never above a minute's
	 * plan.
	 */
	int capacity(int requestsPerMinute) {
		return Math.max(1, Math.min(this.settings.burst(), requestsPerMinute));
	}

	/**
	 * The permits background work leaves for live work: the configured reserve, but
	 * always below the capacity so that background work is slowed rather than stopped.
	 */
	int liveReserve(int requestsPerMinute) {
		return Math.min(this.settings.liveReserve(), capacity(requestsPerMinute) - 1);
	}

	int backgroundCapacity(int requestsPerMinute) {
		return (int) Math.max(1, Math.round(capacity(requestsPerMinute) * this.settings.backgroundShare()));
	}

	BucketConfiguration shared(int requestsPerMinute) {
		return configuration(capacity(requestsPerMinute), requestsPerMinute);
	}

	BucketConfiguration background(int requestsPerMinute) {
		long rate = Math.max(1, Math.round(requestsPerMinute * this.settings.backgroundShare()));
		return configuration(backgroundCapacity(requestsPerMinute), rate);
	}

	private static BucketConfiguration configuration(long capacity, long perMinute) {
		return BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(capacity).refillGreedy(perMinute, MINUTE))
			.build();
	}

}
