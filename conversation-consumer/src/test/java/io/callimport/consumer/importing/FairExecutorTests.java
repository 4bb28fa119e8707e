package io.callimport.consumer.importing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FairExecutorTests {

	@Test
	void aKeyWithAFewTasksIsServedBetweenTheTasksOfAKeyWithMany() throws Exception {
		try (FairExecutor executor = new FairExecutor(1, "fair-test-")) {
			CountDownLatch gate = new CountDownLatch(1);
			List<String> order = new CopyOnWriteArrayList<>();
			startBlocker(executor, gate);
			for (int i = 0; i < 50; i++) {
				String name = "a" + i;
				executor.execute("tenant-a", true, () -> order.add(name));
			}
			for (int i = 0; i < 3; i++) {
				String name = "b" + i;
				executor.execute("tenant-b", true, () -> order.add(name));
			}
			gate.countDown();

			await().atMost(Duration.ofSeconds(10)).until(() -> order.size() == 53);
			assertThat(order.subList(0, 6)).containsExactlyInAnyOrder("a0", "b0", "a1", "b1", "a2", "b2");
			List<Integer> ofA = order.stream()
				.filter((name) -> name.startsWith("a"))
				.map((name) -> Integer.valueOf(name.substring(1)))
				.toList();
			assertThat(ofA).as("one key's own order is kept").isSorted();
		}
	}

	@Test
	void urgentTasksGoBeforeAllOthers() throws Exception {
		try (FairExecutor executor = new FairExecutor(1, "fair-test-")) {
			CountDownLatch gate = new CountDownLatch(1);
			List<String> order = new CopyOnWriteArrayList<>();
			startBlocker(executor, gate);
			for (int i = 0; i < 5; i++) {
				String name = "background" + i;
				executor.execute("tenant-a", false, () -> order.add(name));
			}
			executor.execute("tenant-b", true, () -> order.add("live"));
			gate.countDown();

			await().atMost(Duration.ofSeconds(10)).until(() -> order.size() == 6);
			assertThat(order.get(0)).isEqualTo("live");
		}
	}

	/**
	 * Occupies the only thread and waits until the blocker has started, so the tags the
	 * test hands out all come after the blocker's turn (otherwise the first few of one
	 * key may be tagged before the worker records the blocker's tag, and the order shifts
	 * by one).
	 */
	private static void startBlocker(FairExecutor executor, CountDownLatch gate) throws InterruptedException {
		CountDownLatch started = new CountDownLatch(1);
		executor.execute("blocker", true, () -> {
			started.countDown();
			hold(gate);
		});
		assertThat(started.await(10, TimeUnit.SECONDS)).as("the blocker started").isTrue();
	}

	private static void hold(CountDownLatch gate) {
		try {
			gate.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
