package io.callimport.bench.memory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.callimport.bench.BenchEnvironment;
import io.callimport.bench.BenchTenant;
import io.callimport.bench.EndedCalls;
import io.callimport.bench.EndedPublisher;
import io.callimport.bench.Figure;
import io.callimport.bench.ProcessMemory;
import io.callimport.bench.Scenario;
import io.callimport.bench.ServiceProcess;
import io.callimport.simulator.control.CallRequest;

/**
 * The consumer's memory: a 1 GB recording through a consumer capped at -Xmx128m (peak
 * heap sampled, peak RSS from the kernel), then a backlog imported at full speed by a
 * consumer with the heap a deployment gives it (75 % of the chart's 768 Mi limit).
 */
public final class MemoryScenario implements Scenario {

	static final String NAME = "memory";

	private static final long ONE_GB = 1L << 30;

	private static final double MIB = 1 << 20;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Figure> run(BenchEnvironment env, boolean quick) {
		long largeBytes = quick ? 64L << 20 : ONE_GB;
		String largeLabel = quick ? "64 MiB" : "1 GiB";
		List<Figure> large = largeRecording(env, largeBytes, largeLabel);
		List<Figure> throughput = fullThroughput(env, quick ? 300 : 2000);
		return java.util.stream.Stream.concat(large.stream(), throughput.stream()).toList();
	}

	private static List<Figure> largeRecording(BenchEnvironment env, long bytes, String label) {
		try (ServiceProcess consumer = env.startConsumer("consumer-large", "128m", Map.of());
				HeapSampler heap = new HeapSampler(consumer)) {
			BenchTenant tenant = env.tenants().create(NAME, 1, UnaryOperator.identity());
			EndedPublisher publisher = env.publisher();
			publisher.awaitConsumed(tenant, Duration.ofSeconds(60));
			String agent = tenant.agent(0);
			String conversation = env.simulator()
				.createCalls(tenant.orgId(),
						CallRequest.answeredBy(agent)
							.withTiming(Duration.ofSeconds(1), Duration.ofMillis(100))
							.withRecording(1, "AVAILABLE", 2, bytes))
				.get(0);
			// a live call: wait for its end before publishing it, as the producer would
			await(Duration.ofSeconds(2));
			long started = System.nanoTime();
			publisher.publishEnded(tenant, conversation, agent);
			long queued = env.calls().awaitQueued(tenant, 1, Duration.ofMinutes(10));
			double seconds = (System.nanoTime() - started) / 1e9;
			ProcessMemory memory = consumer.memory();
			String what = label + " recording at -Xmx128m";
			return List.of(Figure.check(NAME, what + ": imported", queued == 1 && consumer.isAlive(), "yes"),
					Figure.info(NAME, what + ": time", seconds, "s"),
					Figure.atMost(NAME, what + ": peak heap (sampled)", heap.peakBytes() / MIB, 128, "MiB"),
					Figure.info(NAME, what + ": peak RSS", memory.peakRssBytes() / MIB, "MiB"));
		}
	}

	private static List<Figure> fullThroughput(BenchEnvironment env, int calls) {
		try (ServiceProcess consumer = env.startConsumer("consumer-throughput", "576m",
				Map.of("GENESYS_BUDGET_REQUESTSPERMINUTE", "100000", "GENESYS_BUDGET_BURST", "1000"));
				HeapSampler heap = new HeapSampler(consumer)) {
			BenchTenant tenant = env.tenants()
				.create(NAME, 100, (scenario) -> scenario.withLimits(1000, 20, 1_000_000));
			EndedPublisher publisher = env.publisher();
			publisher.awaitConsumed(tenant, Duration.ofSeconds(60));
			EndedCalls ended = new EndedCalls(env.simulator(), publisher, tenant, 500_000);
			for (int done = 0; done < calls; done += 100) {
				ended.endNow(Math.min(100, calls - done));
			}
			long queued = env.calls().awaitQueued(tenant, calls, Duration.ofMinutes(10));
			ProcessMemory memory = consumer.memory();
			String what = "full throughput (" + queued + " calls of 0.5 MB, -Xmx576m)";
			return List.of(Figure.info(NAME, what + ": peak heap (sampled)", heap.peakBytes() / MIB, "MiB"),
					Figure.atMost(NAME, what + ": peak RSS", memory.peakRssBytes() / MIB, 512, "MiB"));
		}
	}

	private static void await(Duration duration) {
		java.util.concurrent.locks.LockSupport.parkNanos(duration.toNanos());
	}

}
