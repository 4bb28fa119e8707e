package io.callimport.bench.producer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import tools.jackson.databind.JsonNode;

import io.callimport.bench.BenchEnvironment;
import io.callimport.bench.BenchMain;
import io.callimport.bench.BenchTenant;
import io.callimport.bench.Figure;
import io.callimport.bench.Scenario;
import io.callimport.bench.ServiceProcess;
import io.callimport.simulator.control.GroundTruthConversation;
import io.callimport.simulator.control.RequestCounts;

/**
 * A 24 h window of 50,000 calls of 1,000 agents that no websocket saw (a tenth of them
 * marked as published already, as the websocket would have), reconciled through the
 * producer's admin API ({@code POST …/reconciliations}, a MANUAL run): Genesys requests
 * during the run by the simulator's counts, wall time, and what the run found and
 * re-queued against the simulator's ground truth and the producer's
 * {@code published_conversations}. No consumer runs, and the run's pacing is lifted, so
 * the figures are the producer's alone.
 */
public final class ReconciliationScenario implements Scenario {

	static final String NAME = "reconciliation";

	private static final String PUBLISHED = "SELECT conversation_id FROM published_conversations"
			+ " WHERE tenant_id = :t AND source = 'RECONCILIATION'";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Figure> run(BenchEnvironment env, boolean quick) throws Exception {
		Schema.ensureMigrated(env);
		int calls = quick ? 2000 : 50_000;
		int agents = quick ? 100 : 1000;
		BenchTenant tenant = env.tenants().create(NAME, agents, UnaryOperator.identity());
		HistoricDay day = HistoricDay.endingAgo(Duration.ofMinutes(10));
		Instant creating = Instant.now();
		day.create(env.simulator(), tenant, calls, 16_044);
		List<String> truth = env.simulator()
			.groundTruth(tenant.orgId(), day.from(), day.to(), true, false)
			.conversations()
			.stream()
			.filter((conversation) -> conversation.mediaType().equals("voice"))
			.map(GroundTruthConversation::conversationId)
			.toList();
		Set<String> seen = markPublished(env, tenant, truth);
		BenchMain.say(NAME + ": " + truth.size() + " calls in the window (" + seen.size() + " marked published) in "
				+ Duration.between(creating, Instant.now()).toSeconds() + " s");

		ProducerAdmin admin = ProducerAdmin.forTenant(tenant.id());
		Map<String, String> environment = new java.util.HashMap<>(admin.environment());
		// nothing imports here: a bounded queue would stall the run (the pacing is the
		// consumer's business, measured elsewhere)
		environment.put("RECONCILIATION_PACING_MAXQUEUED", "10000000");
		// what the run re-queues is purged at the end: later scenarios' consumers would
		// import it
		BackgroundQueue queue = new BackgroundQueue(env.rabbit(), tenant);
		try (ServiceProcess producer = env.startProducer("producer-reconciliation", tenant.id(), admin.token(), "512m",
				environment)) {
			new SubscribedAgents(env.simulator(), tenant).awaitAll(Duration.ofMinutes(3));
			RequestCounts before = env.simulator().requests();
			Instant requested = Instant.now();
			String runId = admin.requestReconciliation(day.from(), day.to());
			JsonNode run = admin.awaitFinished(runId, Duration.ofMinutes(quick ? 10 : 40));
			double wall = Duration.between(requested, Instant.now()).toMillis() / 1000.0;
			RequestCounts after = env.simulator().requests();
			if (!ProducerAdmin.finished(run)) {
				throw new IllegalStateException("The run did not finish: " + run);
			}
			BenchMain.say(NAME + ": run " + run);
			BenchMain
				.say(NAME + ": requests during the run: " + EndpointRequests.byEndpoint(before, after, tenant.orgId()));
			Set<String> requeued = new HashSet<>(
					env.jdbc().sql(PUBLISHED).param("t", tenant.id()).query(String.class).list());
			Set<String> expected = new HashSet<>(truth);
			expected.removeAll(seen);
			long missing = expected.stream().filter((id) -> !requeued.contains(id)).count();
			long extra = requeued.stream().filter((id) -> !expected.contains(id)).count();
			long queued = queue.await(requeued.size(), Duration.ofMinutes(2));
			long api = delta(before, after, tenant, EndpointRequests.API);
			long listing = delta(before, after, tenant, EndpointRequests.ANALYTICS)
					+ delta(before, after, tenant, EndpointRequests.GROUPS);
			String what = calls + " calls, " + agents + " agents, 24 h";
			List<Figure> figures = new ArrayList<>();
			figures.add(Figure.check(NAME, what + ": run succeeded", run.get("status").asString().equals("SUCCEEDED"),
					"yes"));
			figures.add(Counts.atMost(NAME, what + ": Genesys API requests during the run (simulator)", api, 600));
			figures.add(Counts.info(NAME, what + ": of which analytics + group members", listing));
			figures.add(Counts.info(NAME, what + ": 429 answers during the run",
					delta(before, after, tenant, EndpointRequests.RATE_LIMITED)));
			figures.add(
					Counts.info(NAME, what + ": genesysRequests the run recorded", run.get("genesysRequests").asInt()));
			figures.add(Figure.info(NAME, what + ": wall time, request → finished (listing, comparison, publishing)",
					wall, "s"));
			figures
				.add(Counts.info(NAME, what + ": ground truth (group voice calls ended in the window)", truth.size()));
			figures.add(Figure.check(NAME, what + ": found = ground truth (" + run.get("found").asInt() + ")",
					run.get("found").asInt() == truth.size(), "yes"));
			figures.add(Figure.check(NAME,
					what + ": in flight = marked published (" + run.get("inFlight").asInt() + " of " + seen.size()
							+ ")",
					run.get("inFlight").asInt() + run.get("alreadyImported").asInt() == seen.size(), "yes"));
			figures.add(Figure.check(NAME,
					what + ": re-queued = ground truth − published (" + requeued.size() + ", missing " + missing
							+ ", extra " + extra + ")",
					missing == 0 && extra == 0 && run.get("requeued").asInt() == requeued.size(), "yes"));
			figures.add(Figure.check(NAME, what + ": messages in the background queue = re-queued (" + queued + ")",
					queued == requeued.size(), "yes"));
			return figures;
		}
		finally {
			queue.purge();
		}
	}

	/** Every tenth call of the window, as if the websocket had published it. */
	private static Set<String> markPublished(BenchEnvironment env, BenchTenant tenant, List<String> truth) {
		Set<String> marked = new HashSet<>();
		for (int i = 0; i < truth.size(); i += 10) {
			marked.add(truth.get(i));
		}
		env.jdbc().sql("""
				INSERT INTO published_conversations (tenant_id, conversation_id, message_id, source, detected_at)
				SELECT :t, id, gen_random_uuid(), 'WEBSOCKET', now() FROM unnest(string_to_array(:ids, ',')) AS id
				""").param("t", tenant.id()).param("ids", String.join(",", marked)).update();
		return marked;
	}

	private static long delta(RequestCounts before, RequestCounts after, BenchTenant tenant,
			java.util.function.Predicate<io.callimport.simulator.control.RequestCount> which) {
		return EndpointRequests.count(after, tenant.orgId(), which)
				- EndpointRequests.count(before, tenant.orgId(), which);
	}

}
