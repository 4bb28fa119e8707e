package io.callimport.testsupport;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;

/**
 * Runs with AwaitilityDefaults registered by autodetection, as every test class does: an
 * exception another thread leaves uncaught while a test waits does not fail the wait.
 */
class AwaitilityDefaultsTests {

	@Test
	void anExceptionUncaughtOnAnotherThreadDoesNotFailTheWait() {
		AtomicBoolean thrown = new AtomicBoolean();
		CountDownLatch waiting = new CountDownLatch(1);
		Thread noisy = new Thread(() -> {
			try {
				waiting.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			thrown.set(true);
			throw new IllegalStateException("a library's helper thread failing during an outage");
		}, "noisy-helper");
		noisy.start();
		await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ofMillis(300)).until(() -> {
			waiting.countDown();
			return thrown.get() && !noisy.isAlive();
		});
	}

}
