package io.callimport.bench.fairness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.callimport.bench.BenchEnvironment;
import io.callimport.bench.BenchMain;
import io.callimport.bench.BenchTenant;
import io.callimport.bench.BenchTenants;
import io.callimport.bench.EndedCalls;
import io.callimport.bench.EndedPublisher;
import io.callimport.bench.Figure;
import io.callimport.bench.Pacer;
import io.callimport.bench.Percentiles;
import io.callimport.bench.Scenario;
import io.callimport.bench.ServiceProcess;

/**
 * Two tenants on OAuth clients of their own, each under Genesys' limit, one consumer:
 * tenant B ends a call a second, first alone, then while tenant A drains 2,000 calls that
 * ended at once. B's end → queued p99 in both phases. Analytics and recordings are ready
 * at once, so that the figures show the consumer's scheduling and nothing else.
 */
public final class FairnessScenario implements Scenario {

	static final String NAME = "fairness";

	private static final long RECORDING_BYTES = 500_000;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Figure> run(BenchEnvironment env, boolean quick) throws Exception {
		int aloneSeconds = quick ? 15 : 60;
		int backlog = quick ? 300 : 2000;
		try (ServiceProcess consumer = env.startConsumer("consumer-fairness", "512m", Map.of())) {
			BenchTenant a = env.tenants().create("fair-a", 100, BenchTenants.READY_AT_ONCE);
			BenchTenant b = env.tenants().create("fair-b", 10, BenchTenants.READY_AT_ONCE);
			EndedPublisher publisher = env.publisher();
			publisher.awaitConsumed(a, Duration.ofSeconds(60));
			publisher.awaitConsumed(b, Duration.ofSeconds(60));
			EndedCalls aCalls = new EndedCalls(env.simulator(), publisher, a, RECORDING_BYTES);
			EndedCalls bCalls = new EndedCalls(env.simulator(), publisher, b, RECORDING_BYTES);

			List<String> alone = new ArrayList<>();
			Pacer.run(aloneSeconds, Duration.ofSeconds(1), (i) -> alone.addAll(bCalls.endNow(1)));
			env.calls().awaitQueued(b, alone.size(), Duration.ofMinutes(2));

			Set<String> during = ConcurrentHashMap.newKeySet();
			Instant backlogStart = Instant.now();
			for (int done = 0; done < backlog; done += 100) {
				aCalls.endNow(Math.min(100, backlog - done));
			}
			// B keeps ending a call a second until A's backlog is drained (or 20 minutes)
			ExecutorService feeder = Executors.newSingleThreadExecutor();
			Future<?> bFeed = feeder.submit(() -> Pacer.run(20 * 60, Duration.ofSeconds(1), (i) -> {
				if (env.calls().queued(a) < backlog) {
					during.addAll(bCalls.endNow(1));
				}
			}));
			long drainedA = env.calls().awaitQueued(a, backlog, Duration.ofMinutes(20));
			Duration drain = Duration.between(backlogStart, env.calls().queuedSpan(a).last());
			bFeed.cancel(true);
			feeder.shutdownNow();
			env.calls().awaitQueued(b, alone.size() + during.size(), Duration.ofMinutes(2));
			BenchMain.say(NAME + ": A drained " + drainedA + " calls in " + drain.toSeconds() + " s; B ended "
					+ during.size() + " calls meanwhile");

			Map<String, Double> latencies = env.calls().latenciesByConversation(b);
			Percentiles bAlone = new Percentiles(alone.stream().map(latencies::get).filter((v) -> v != null).toList());
			Percentiles bDuring = new Percentiles(
					during.stream().map(latencies::get).filter((v) -> v != null).toList());
			double p99Alone = bAlone.percentile(99) / 1000;
			double p99During = bDuring.percentile(99) / 1000;
			return List.of(Figure.info(NAME, "A: " + drainedA + " calls ended at once, drained in",
					drain.toMillis() / 1000.0, "s"),
					Figure.info(NAME, "B alone (1 call/s): end → queued p99", p99Alone, "s"),
					Figure.info(NAME, "B while A drains (" + bDuring.count() + " calls): end → queued p99", p99During,
							"s"),
					Figure.atMost(NAME, "B's p99 while A drains − B's p99 alone", p99During - p99Alone, 2, "s"));
		}
	}

}
