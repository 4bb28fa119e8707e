package io.callimport.bench.rate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.callimport.bench.BenchEnvironment;
import io.callimport.bench.BenchMain;
import io.callimport.bench.BenchTenant;
import io.callimport.bench.EndedCalls;
import io.callimport.bench.EndedPublisher;
import io.callimport.bench.Figure;
import io.callimport.bench.GenesysRequests;
import io.callimport.bench.Pacer;
import io.callimport.bench.Scenario;
import io.callimport.bench.ServiceProcess;

/**
 * One tenant under Genesys' limit (the simulator enforces 300 requests a minute per
 * token), 300 agents, a consumer with its default settings: first a trickle of 1 ended
 * call a second, then bursts of 20 a second. Imports come from the calls table, requests
 * from the simulator's own counts.
 */
public final class RateScenario implements Scenario {

	static final String NAME = "rate";

	private static final long RECORDING_BYTES = 500_000;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Figure> run(BenchEnvironment env, boolean quick) {
		int trickleSeconds = quick ? 10 : 30;
		int burstSeconds = quick ? 10 : 60;
		try (ServiceProcess consumer = env.startConsumer("consumer-rate", "512m", Map.of())) {
			BenchTenant tenant = env.tenants().create(NAME, 300, UnaryOperator.identity());
			EndedPublisher publisher = env.publisher();
			publisher.awaitConsumed(tenant, Duration.ofSeconds(60));
			EndedCalls calls = new EndedCalls(env.simulator(), publisher, tenant, RECORDING_BYTES);
			List<Figure> figures = new ArrayList<>();

			GenesysRequests beforeTrickle = GenesysRequests.of(env.simulator(), tenant.orgId());
			Pacer.run(trickleSeconds, Duration.ofSeconds(1), (i) -> calls.endNow(1));
			long trickled = env.calls().awaitQueued(tenant, trickleSeconds, Duration.ofMinutes(3));
			GenesysRequests trickle = GenesysRequests.of(env.simulator(), tenant.orgId()).minus(beforeTrickle);
			BenchMain.say(NAME + ": trickle of " + trickled + " calls took " + trickle.api() + " requests");

			int burst = burstSeconds * 20;
			GenesysRequests beforeBurst = GenesysRequests.of(env.simulator(), tenant.orgId());
			Instant burstStart = Instant.now();
			Pacer.run(burst, Duration.ofMillis(50), (i) -> calls.endNow(1));
			long queued = env.calls().awaitQueued(tenant, trickled + burst, Duration.ofMinutes(quick ? 5 : 15));
			Duration drained = Duration.between(burstStart, env.calls().queuedSpan(tenant).last());
			GenesysRequests burstRequests = GenesysRequests.of(env.simulator(), tenant.orgId()).minus(beforeBurst);
			long burstImported = queued - trickled;
			double perMinute = burstImported / (drained.toMillis() / 60_000.0);

			figures.add(Figure.info(NAME, "burst: calls ended (20/s, 0.5 MB)", burst, ""));
			figures.add(Figure.atLeast(NAME, "burst: imports per minute", perMinute, 1000, "/min"));
			figures.add(Figure.atMost(NAME, "burst: Genesys requests per imported call",
					ratio(burstRequests.api(), burstImported), 0.3, ""));
			figures.add(Figure.info(NAME, "burst: 429 answers", burstRequests.rateLimited(), ""));
			figures.add(Figure.atMost(NAME, "trickle (1/s): Genesys requests per imported call",
					ratio(trickle.api(), trickled), 3, ""));
			return figures;
		}
	}

	private static double ratio(long requests, long calls) {
		return (calls == 0) ? Double.NaN : (double) requests / calls;
	}

}
