package io.callimport.bench.producer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import io.callimport.simulator.control.RateLimitScope;
import io.callimport.simulator.control.RequestCounts;

/**
 * Three consumer JVMs and the tenant's producer on one OAuth client, the simulator
 * enforcing 300 requests a minute for the whole client (scope CLIENT: the stricter
 * reading; with scope TOKEN every process' token would get 300 of its own). Load: ended
 * calls a few a second (small batches, so the consumers ask for more than the budget
 * allows) while the producer reconciles a past day whose calls no socket saw. Figures:
 * the client's request rate per minute and its 429s, overall and after the first minute.
 */
public final class SharedBudgetScenario implements Scenario {

	static final String NAME = "shared-budget";

	private static final int LIMIT = 300;

	private static final long RECORDING_BYTES = 50_000;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Figure> run(BenchEnvironment env, boolean quick) throws Exception {
		Schema.ensureMigrated(env);
		Duration load = Duration.ofSeconds(quick ? 40 : 150);
		Duration settle = Duration.ofSeconds(quick ? 20 : 60);
		BenchTenant tenant = env.tenants()
			.create(NAME, 100, (scenario) -> scenario.withRateLimitScope(RateLimitScope.CLIENT));
		HistoricDay day = HistoricDay.endingAgo(Duration.ofMinutes(10));
		day.create(env.simulator(), tenant, quick ? 300 : 2000, RECORDING_BYTES);
		ProducerAdmin admin = ProducerAdmin.forTenant(tenant.id());
		List<ServiceProcess> processes = new ArrayList<>();
		try {
			for (int i = 1; i <= 3; i++) {
				processes.add(env.startConsumer("consumer-budget-" + i, "384m", Map.of()));
			}
			processes
				.add(env.startProducer("producer-budget", tenant.id(), admin.token(), "384m", admin.environment()));
			new SubscribedAgents(env.simulator(), tenant).awaitAll(Duration.ofMinutes(2));
			EndedPublisher publisher = env.publisher();
			publisher.awaitConsumed(tenant, Duration.ofSeconds(60));
			EndedCalls calls = new EndedCalls(env.simulator(), publisher, tenant, RECORDING_BYTES);
			int ended;
			String runId;
			RequestCounts before = env.simulator().requests();
			RequestSampler sampler = new RequestSampler(env.simulator(), tenant.orgId());
			try (sampler) {
				runId = admin.requestReconciliation(day.from(), day.to());
				int rounds = (int) (load.toMillis() / 250);
				Pacer.run(rounds, Duration.ofMillis(250), (i) -> calls.endNow(1));
				ended = rounds;
			}
			RequestCounts after = env.simulator().requests();
			long producer = EndpointRequests.count(after, tenant.orgId(), EndpointRequests.PRODUCER)
					- EndpointRequests.count(before, tenant.orgId(), EndpointRequests.PRODUCER);
			long imported = env.calls().queued(tenant);
			String runStatus = admin.run(runId).get("status").asString();
			BenchMain.say(
					NAME + ": " + ended + " calls ended, " + imported + " calls imported, reconciliation " + runStatus);
			List<Figure> figures = new ArrayList<>();
			figures.add(new Figure(NAME, "load (" + sampler.length().toSeconds() + " s)",
					ended + " calls ended (4/s, 50 kB), " + imported + " imported; 1-day reconciliation " + runStatus,
					Figure.NONE, Figure.NONE));
			figures.add(new Figure(NAME, "budget every process plans for the client (genesys-client defaults)",
					"240/min, burst 10, background ≤ 50 %", Figure.NONE, Figure.NONE));
			figures.addAll(figures(sampler, settle));
			figures.add(Counts.info(NAME, "requests during the load, all processes",
					sampler.between(Duration.ZERO, sampler.length()).api()));
			figures.add(Counts.info(NAME, "of those, the producer's (listing, members, channels)", producer));
			return figures;
		}
		finally {
			processes.forEach(ServiceProcess::close);
		}
	}

	private static List<Figure> figures(RequestSampler sampler, Duration settle) {
		Duration length = sampler.length();
		GenesysRequests all = sampler.between(Duration.ZERO, length);
		GenesysRequests late = sampler.between(settle, length);
		double minutes = length.toMillis() / 60_000.0;
		double lateMinutes = length.minus(settle).toMillis() / 60_000.0;
		String after = "after the first " + ((settle.toSeconds() == 60) ? "minute" : settle.toSeconds() + " s");
		List<Figure> figures = new ArrayList<>();
		figures.add(Figure.atMost(NAME,
				"3 consumers + producer on one client (simulator: 300/min per client): requests per minute, overall",
				all.api() / minutes, LIMIT, "/min"));
		figures.add(Figure.atMost(NAME, "requests per minute " + after, late.api() / lateMinutes, LIMIT, "/min"));
		for (Duration from = Duration.ZERO; from.plusSeconds(60).compareTo(length) <= 0; from = from.plusSeconds(60)) {
			GenesysRequests minute = sampler.between(from, from.plusSeconds(60));
			figures.add(Counts.info(NAME,
					"minute " + (from.toMinutes() + 1) + ": requests (429s: " + minute.rateLimited() + ")",
					minute.api()));
		}
		if (length.compareTo(settle.plusSeconds(60)) >= 0) {
			figures.add(Counts.atMost(NAME, "busiest 60 s " + after, sampler.busiestMinuteAfter(settle), LIMIT));
		}
		figures.add(Counts.info(NAME, "429 answers, overall", all.rateLimited()));
		figures.add(Counts.atMost(NAME, "429 answers " + after, late.rateLimited(), 0));
		return figures;
	}

}
