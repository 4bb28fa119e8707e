package io.callimport.genesys.budget;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucketBuilder;

/**
 * Buckets in this process only: for a process without a database, and for tests. Several
 * processes on one OAuth client then each spend the whole budget.
 */
public final class InMemoryBudgetStore implements BudgetStore {

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final Map<String, Instant> pauses = new ConcurrentHashMap<>();

	@Override
	public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
		return this.buckets.computeIfAbsent(key, (k) -> local(configuration.get()));
	}

	@Override
	public boolean exclusivePause(String clientId, Instant until, Predicate<Instant> apply) {
		boolean[] applied = new boolean[1];
		// compute runs one remapping per key at a time: the lock of this client's pauses
		this.pauses.compute(clientId, (id, latest) -> {
			applied[0] = apply.test((latest != null) ? latest : Instant.MIN);
			return (applied[0] && (latest == null || until.isAfter(latest))) ? until : latest;
		});
		return applied[0];
	}

	private static Bucket local(BucketConfiguration configuration) {
		LocalBucketBuilder builder = Bucket.builder();
		for (Bandwidth limit : configuration.getBandwidths()) {
			builder.addLimit(limit);
		}
		return builder.build();
	}

}
