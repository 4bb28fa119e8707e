package io.callimport.genesys.budget;

import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Where the token buckets of the request budgets live: in this process
 * ({@link InMemoryBudgetStore}), or in PostgreSQL, shared by every process on the same
 * database ({@link PostgresBudgetStore}). {@link RequestBudget} holds the lane logic over
 * either.
 */
public interface BudgetStore {

	/**
	 * The bucket stored under {@code key}, created with {@code configuration} when it
	 * does not exist yet. Touches no storage until the bucket is used.
	 */
	Bucket bucket(String key, Supplier<BucketConfiguration> configuration);

	/**
	 * Runs {@code apply} while no other pause of the same OAuth client runs, in this
	 * process or in any other sharing the store, so that replicas that see the same 429
	 * at once pause the client once rather than once each.
	 * @param until when the pause ends (recorded when {@code apply} returns true)
	 * @param apply given the end of the latest pause recorded ({@link Instant#MIN} when
	 * none), drives the client's bucket into debt; true when it did
	 * @return what {@code apply} returned
	 */
	boolean exclusivePause(String clientId, Instant until, Predicate<Instant> apply);

}
