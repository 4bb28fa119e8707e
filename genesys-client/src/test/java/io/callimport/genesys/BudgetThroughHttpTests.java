package io.callimport.genesys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.callimport.genesys.budget.BudgetSettings;
import io.callimport.genesys.retry.RetrySettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The request budget seen from the outside: a burst of calls through the SDK leaves at
 * the configured rate, and a background flood does not slow live calls down.
 */
class BudgetThroughHttpTests {

	private static final String GROUP = "/api/v2/groups/g1";

	/** Three seconds' worth at 6000/min: long enough that the burst is a small part. */
	private static final int CALLS = 300;

	private final FakeGenesys genesys = new FakeGenesys();

	private GenesysClients clients;

	@AfterEach
	void close() {
		if (this.clients != null) {
			this.clients.close();
		}
		this.genesys.close();
	}

	@Test
	void holdsABurstOfCallsToTheConfiguredRate() throws Exception {
		int perMinute = 6000;
		int burst = 10;
		GenesysClient client = client(new BudgetSettings(perMinute, burst, 0.5, 2, Duration.ofMinutes(1)));
		ExecutorService callers = Executors.newFixedThreadPool(8);
		List<Future<?>> calls = new ArrayList<>();

		long start = System.nanoTime();
		for (int i = 0; i < CALLS; i++) {
			calls.add(callers.submit(() -> client.call(() -> client.groups().getGroup("g1"))));
		}
		for (Future<?> call : calls) {
			call.get(1, TimeUnit.MINUTES);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		callers.shutdown();

		double measured = CALLS / seconds;
		double fastestAllowed = (CALLS - burst) / (perMinute / 60.0);
		System.out.printf("%d calls at %d/min (burst %d): %.2f s, %.1f calls/s (configured %.1f/s)%n", CALLS, perMinute,
				burst, seconds, measured, perMinute / 60.0);
		assertThat(this.genesys.requests(GROUP)).hasSize(CALLS);
		assertThat(seconds).isGreaterThanOrEqualTo(fastestAllowed * 0.98);
	}

	@Test
	void backgroundFloodDoesNotDelayLiveCalls() throws Exception {
		// 120/min = one permit each 500 ms: any live wait for a permit would show
		GenesysClient client = client(new BudgetSettings(120, 6, 1.0, 2, Duration.ofMinutes(1)));
		List<Long> alone = liveLatencies(client);
		AtomicBoolean flooding = new AtomicBoolean(true);
		AtomicInteger backgroundCalls = new AtomicInteger();
		ExecutorService flood = Executors.newFixedThreadPool(4);
		for (int i = 0; i < 4; i++) {
			flood.submit(() -> {
				while (flooding.get()) {
					client.background().call(() -> client.background().groups().getGroup("g1"));
					backgroundCalls.incrementAndGet();
				}
				return null;
			});
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> backgroundCalls.get() >= 4);

		List<Long> flooded = liveLatencies(client);
		flooding.set(false);
		flood.shutdown();
		assertThat(flood.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

		System.out.printf(
				"live call latency ms, alone: median %d max %d; during a background flood: median %d "
						+ "max %d (%d background calls made)%n",
				median(alone), Collections.max(alone), median(flooded), Collections.max(flooded),
				backgroundCalls.get());
		assertThat(backgroundCalls.get()).as("the background flood got permits too").isGreaterThan(4);
		assertThat(Collections.max(flooded)).as("no live call waited for a permit (500 ms each)").isLessThan(250);
	}

	private GenesysClient client(BudgetSettings budget) {
		this.genesys.route(GROUP, (request) -> FakeGenesys.json(200, "{\"id\":\"g1\"}"));
		this.clients = new GenesysClients(
				this.genesys.properties(RetrySettings.defaults(), budget, GenesysProperties.Timeouts.defaults()),
				new SimpleMeterRegistry());
		return this.clients.forTenant("tenant-a", FakeGenesys.credentials());
	}

	/** Six live calls, one each 700 ms (slower than the refill), each timed. */
	private static List<Long> liveLatencies(GenesysClient client) throws Exception {
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
		ScheduledFuture<?> live = pacer.scheduleAtFixedRate(() -> {
			long start = System.nanoTime();
			client.call(() -> client.groups().getGroup("g1"));
			latencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
		}, 0, 700, TimeUnit.MILLISECONDS);
		await().atMost(Duration.ofSeconds(30)).until(() -> latencies.size() >= 6);
		live.cancel(false);
		pacer.shutdown();
		return new ArrayList<>(latencies);
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

}
