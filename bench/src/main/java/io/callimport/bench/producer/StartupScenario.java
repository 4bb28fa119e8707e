package io.callimport.bench.producer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import io.callimport.bench.BenchEnvironment;
import io.callimport.bench.BenchMain;
import io.callimport.bench.BenchTenant;
import io.callimport.bench.Figure;
import io.callimport.bench.Scenario;
import io.callimport.bench.ServiceProcess;
import io.callimport.simulator.control.ChannelView;
import io.callimport.simulator.control.RequestCounts;

/**
 * A producer starting for a tenant whose group has 2,000 agents (settings stored, as an
 * installation leaves them): the time from starting its JVM until the simulator's channel
 * views show every agent's call topic on a channel with a live socket, and the requests
 * it took (subscriptions, channels, all).
 */
public final class StartupScenario implements Scenario {

	static final String NAME = "startup";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Figure> run(BenchEnvironment env, boolean quick) {
		Schema.ensureMigrated(env);
		int agents = 2000;
		BenchTenant tenant = env.tenants().create(NAME, agents, UnaryOperator.identity());
		ProducerAdmin admin = ProducerAdmin.forTenant(tenant.id());
		SubscribedAgents subscribed = new SubscribedAgents(env.simulator(), tenant);
		Instant start = Instant.now();
		try (ServiceProcess producer = env.startProducer("producer-startup", tenant.id(), admin.token(), "384m",
				admin.environment())) {
			Instant live = Instant.now();
			Instant allWatched = subscribed.awaitAll(Duration.ofMinutes(3));
			RequestCounts counts = env.simulator().requests();
			List<ChannelView> channels = env.simulator().channels(tenant.orgId());
			long subscriptions = EndpointRequests.count(counts, tenant.orgId(), EndpointRequests.SUBSCRIPTIONS);
			BenchMain.say(NAME + ": " + agents + " agents on " + channels.size() + " channel(s) after "
					+ Duration.between(start, allWatched).toMillis() + " ms");
			String what = agents + " agents";
			return List.of(
					Figure.info(NAME, what + ": JVM start → all subscribed on live sockets", seconds(start, allWatched),
							"s"),
					Figure.info(NAME, what + ": of which JVM start → liveness UP", seconds(start, live), "s"),
					Figure.info(NAME, what + ": of which liveness UP → all subscribed", seconds(live, allWatched), "s"),
					Counts.atMost(NAME, what + ": subscription requests (PUT/POST …/subscriptions)", subscriptions, 10),
					Counts.info(NAME, what + ": channels created",
							EndpointRequests.count(counts, tenant.orgId(), EndpointRequests.CHANNEL_CREATION)),
					Counts.info(NAME, what + ": all Genesys API requests until subscribed",
							EndpointRequests.count(counts, tenant.orgId(), EndpointRequests.API)),
					Figure.check(NAME, what + ": every agent watched (simulator's channel views)",
							subscribed.watched(channels) == agents, "yes"));
		}
	}

	private static double seconds(Instant from, Instant to) {
		return Duration.between(from, to).toMillis() / 1000.0;
	}

}
