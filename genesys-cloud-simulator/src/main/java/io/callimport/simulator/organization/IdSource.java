package io.callimport.simulator.organization;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Random ids and numbers from a seed, so a scenario with the same seed builds the same
 * users, groups and calls.
 */
public final class IdSource {

	private final SplittableRandom random;

	public IdSource(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/** A version-4 UUID drawn from the seeded sequence. */
	public synchronized String uuid() {
		long most = (this.random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (this.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least).toString();
	}

	public synchronized double nextDouble() {
		return this.random.nextDouble();
	}

	public synchronized int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

	public synchronized long nextLong(long origin, long bound) {
		return (bound <= origin) ? origin : this.random.nextLong(origin, bound);
	}

}
