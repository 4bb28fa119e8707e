package io.callimport.bench;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Runs an action at a steady rate for a while, catching up after a slow round instead of
 * drifting, so that "20 calls a second" holds over the whole phase.
 */
public final class Pacer {

	private Pacer() {
	}

	/**
	 * Calls {@code action} with 0, 1, 2… every {@code period} until {@code times} calls.
	 * @return how long it took
	 */
	public static Duration run(int times, Duration period, IntConsumer action) {
		long start = System.nanoTime();
		for (int i = 0; i < times; i++) {
			long due = start + i * period.toNanos();
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			action.accept(i);
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

}
