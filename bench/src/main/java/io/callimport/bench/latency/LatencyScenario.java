package io.callimport.bench.latency;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

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
import io.callimport.simulator.control.OrganizationScenario;

/**
 * Call end (the simulator's clock) → queued for analysis, at 20 calls a second whose
 * analytics and recordings are ready at once: first with Genesys' rate limit out of the
 * way (the pipeline's own latency, held against the target), then under Genesys' limit of
 * 300 requests a minute per token with the consumer's default budget (240), where a batch
 * has to wait for its requests.
 */
public final class LatencyScenario implements Scenario {

	static final String NAME = "latency";

	private static final int CALLS_PER_SECOND = 20;

	private static final long RECORDING_BYTES = 500_000;

	private static final Map<String, String> NO_LIMIT = Map.of("GENESYS_BUDGET_REQUESTSPERMINUTE", "100000",
			"GENESYS_BUDGET_BURST", "1000");

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Figure> run(BenchEnvironment env, boolean quick) {
		int seconds = quick ? 10 : 60;
		Phase free = measure(env, seconds, NO_LIMIT,
				(scenario) -> BenchTenants.READY_AT_ONCE.apply(scenario).withLimits(1000, 20, 1_000_000));
		Phase limited = measure(env, seconds, Map.of(), BenchTenants.READY_AT_ONCE);
		String unlimited = "no rate limit, ";
		String underLimit = "under 300/min: ";
		return List.of(Figure.info(NAME, "calls ended (0.5 MB recordings), offered rate", free.offered(), "calls/s"),
				Figure.atLeast(NAME, unlimited + "calls queued for analysis", free.queued(), free.total(), ""),
				Figure.atMost(NAME, unlimited + "end → queued p50", free.latency().percentile(50) / 1000, 0.5, "s"),
				Figure.info(NAME, unlimited + "end → queued p95", free.latency().percentile(95) / 1000, "s"),
				Figure.atMost(NAME, unlimited + "end → queued p99", free.latency().percentile(99) / 1000, 2.0, "s"),
				Figure.info(NAME, underLimit + "end → queued p50", limited.latency().percentile(50) / 1000, "s"),
				Figure.info(NAME, underLimit + "end → queued p99", limited.latency().percentile(99) / 1000, "s"));
	}

	private static Phase measure(BenchEnvironment env, int seconds, Map<String, String> consumerEnvironment,
			UnaryOperator<OrganizationScenario> organization) {
		int total = seconds * CALLS_PER_SECOND;
		try (ServiceProcess consumer = env.startConsumer("consumer-latency", "512m", consumerEnvironment)) {
			BenchTenant tenant = env.tenants().create(NAME, 50, organization);
			EndedPublisher publisher = env.publisher();
			publisher.awaitConsumed(tenant, Duration.ofSeconds(60));
			EndedCalls calls = new EndedCalls(env.simulator(), publisher, tenant, RECORDING_BYTES);
			Duration took = Pacer.run(total, Duration.ofSeconds(1).dividedBy(CALLS_PER_SECOND), (i) -> calls.endNow(1));
			long queued = env.calls().awaitQueued(tenant, total, Duration.ofMinutes(5));
			return new Phase(total, queued, total / (took.toMillis() / 1000.0),
					new Percentiles(env.calls().latenciesMillis(tenant)));
		}
	}

	/**
	 * @param total calls ended
	 * @param queued calls queued for analysis
	 * @param offered calls ended per second
	 * @param latency end → queued in milliseconds
	 */
	private record Phase(int total, long queued, double offered, Percentiles latency) {

	}

}
