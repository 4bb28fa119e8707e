package io.callimport.bench.capacity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.callimport.bench.BenchEnvironment;
import io.callimport.bench.BenchMain;
import io.callimport.bench.BenchTenant;
import io.callimport.bench.CallsTable.Span;
import io.callimport.bench.EndedCalls;
import io.callimport.bench.EndedPublisher;
import io.callimport.bench.Figure;
import io.callimport.bench.Scenario;
import io.callimport.bench.ServiceProcess;

/**
 * What the pipeline carries with Genesys' limit out of the way (simulator and the
 * consumer's budget raised): a backlog of calls with 0.5 MB and then 2 MB recordings,
 * imported at the sustained rate (first to last queued); then, on the same S3 server, the
 * raw PUT rate of the same sizes with the consumer's concurrency.
 */
public final class CapacityScenario implements Scenario {

	static final String NAME = "capacity";

	/** The consumer's default CONSUMER_CONCURRENCY: recordings streamed at once. */
	private static final int CONCURRENCY = 8;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Figure> run(BenchEnvironment env, boolean quick) throws Exception {
		List<Figure> figures = new ArrayList<>();
		double[] imports = new double[2];
		Size[] sizes = { new Size("0.5 MB", 500_000, quick ? 200 : 3000, 100),
				new Size("2 MB", 2_000_000, quick ? 80 : 1200, 40) };
		try (ServiceProcess consumer = env.startConsumer("consumer-capacity", "512m",
				Map.of("GENESYS_BUDGET_REQUESTSPERMINUTE", "100000", "GENESYS_BUDGET_BURST", "1000"))) {
			for (int i = 0; i < sizes.length; i++) {
				imports[i] = importRate(env, sizes[i]);
				figures.add(Figure.atLeast(NAME, "imports/s, " + sizes[i].label() + " recordings", imports[i],
						sizes[i].target(), "/s"));
			}
		}
		RawPuts raw = new RawPuts(env.objects());
		for (int i = 0; i < sizes.length; i++) {
			double puts = raw.putsPerSecond(sizes[i].calls(), sizes[i].bytes(), CONCURRENCY);
			figures.add(Figure.info(NAME, "raw S3 PUTs/s, " + sizes[i].label() + " (" + CONCURRENCY + " at once)", puts,
					"/s"));
			figures.add(Figure.atLeast(NAME, "imports ÷ raw PUTs, " + sizes[i].label(), imports[i] / puts, 0.5, ""));
		}
		return figures;
	}

	private static double importRate(BenchEnvironment env, Size size) {
		BenchTenant tenant = env.tenants().create(NAME, 100, (scenario) -> scenario.withLimits(1000, 20, 1_000_000));
		EndedPublisher publisher = env.publisher();
		publisher.awaitConsumed(tenant, Duration.ofSeconds(60));
		EndedCalls calls = new EndedCalls(env.simulator(), publisher, tenant, size.bytes());
		Instant start = Instant.now();
		for (int done = 0; done < size.calls(); done += 100) {
			calls.endNow(Math.min(100, size.calls() - done));
		}
		long queued = env.calls().awaitQueued(tenant, size.calls(), Duration.ofMinutes(10));
		Span span = env.calls().queuedSpan(tenant);
		BenchMain.say(NAME + ": " + queued + " calls of " + size.label() + " queued "
				+ Duration.between(start, span.last()).toMillis() + " ms after the first publish");
		// sustained: between the first and the last import, without the first batch's
		// start
		return (queued - 1) / (span.duration().toMillis() / 1000.0);
	}

	/**
	 * @param label for the table
	 * @param bytes recording size
	 * @param calls backlog
	 * @param target imports per second
	 */
	private record Size(String label, int bytes, int calls, double target) {

	}

}
