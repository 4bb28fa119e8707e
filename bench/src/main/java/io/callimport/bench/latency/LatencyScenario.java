package io.callimport.bench.latency;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.callimport.bench.BenchEnvironment;
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
 * Call end (the simulator's clock) → queued for analysis, at 20 calls a second whose
 * recordings are ready at once, under Genesys' real limit (300 requests a minute per
 * token) and the consumer's default settings.
 */
public final class LatencyScenario implements Scenario {

	static final String NAME = "latency";

	private static final int CALLS_PER_SECOND = 20;

	private static final long RECORDING_BYTES = 500_000;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Figure> run(BenchEnvironment env, boolean quick) {
		int seconds = quick ? 10 : 60;
		int total = seconds * CALLS_PER_SECOND;
		try (ServiceProcess consumer = env.startConsumer("consumer-latency", "512m", Map.of())) {
			BenchTenant tenant = env.tenants().create(NAME, 50, BenchTenants.READY_AT_ONCE);
			EndedPublisher publisher = env.publisher();
			publisher.awaitConsumed(tenant, Duration.ofSeconds(60));
			EndedCalls calls = new EndedCalls(env.simulator(), publisher, tenant, RECORDING_BYTES);
			Duration took = Pacer.run(total, Duration.ofSeconds(1).dividedBy(CALLS_PER_SECOND), (i) -> calls.endNow(1));
			long queued = env.calls().awaitQueued(tenant, total, Duration.ofMinutes(5));
			Percentiles latency = new Percentiles(env.calls().latenciesMillis(tenant));
			double offered = total / (took.toMillis() / 1000.0);
			return List.of(Figure.info(NAME, "calls ended (0.5 MB recordings), offered rate", offered, "calls/s"),
					Figure.atLeast(NAME, "calls queued for analysis", queued, total, ""),
					Figure.atMost(NAME, "end → queued p50", latency.percentile(50) / 1000, 0.5, "s"),
					Figure.info(NAME, "end → queued p95", latency.percentile(95) / 1000, "s"),
					Figure.atMost(NAME, "end → queued p99", latency.percentile(99) / 1000, 2.0, "s"));
		}
	}

}
