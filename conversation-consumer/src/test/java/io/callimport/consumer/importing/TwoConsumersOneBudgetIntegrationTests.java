package io.callimport.consumer.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.core.RabbitAdmin;

import io.callimport.consumer.Broker;
import io.callimport.consumer.ChildConsumer;
import io.callimport.consumer.ChildServices;
import io.callimport.consumer.ConsumerServices;
import io.callimport.consumer.TestTenants;
import io.callimport.consumer.TestTenants.Tenant;
import io.callimport.model.messaging.ImportLane;
import io.callimport.model.messaging.MessagingTopology;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.RequestCount;
import io.callimport.simulator.control.SimulatorControl;
import io.callimport.testsupport.JavaProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two consumer JVMs import one tenant's calls on one OAuth client, each with a budget of
 * 240 requests a minute (burst 4). They share that budget through PostgreSQL: together
 * they never send more than one budget allows, where two budgets of their own would send
 * twice as much.
 */
class TwoConsumersOneBudgetIntegrationTests {

	private static final int CALLS = 60;

	private static final int PER_MINUTE = 240;

	private static final int BURST = 4;

	static final ConsumerServices services = ConsumerServices.create()
		.with("genesys.budget.requests-per-minute", Integer.toString(PER_MINUTE))
		.with("genesys.budget.burst", Integer.toString(BURST))
		.with("genesys.budget.live-reserve", "1")
		// small batches of per-call lists: many requests, so that the budget is what
		// limits them
		.with("consumer.batch.max-size", "4")
		.with("consumer.batch.recording-job-min-calls", "101")
		.with("consumer.batch.max-delay", "0s");

	static final ChildServices child = new ChildServices(services);

	@AfterAll
	static void close() {
		child.close();
	}

	@Test
	void twoConsumersOnOneOAuthClientStayWithinOneBudget() {
		SimulatorControl simulator = services.simulator().control();
		try (JavaProcess first = ChildConsumer.start(services, "256m", Map.of());
				JavaProcess second = ChildConsumer.start(services, "256m", Map.of())) {
			child.awaitStarted(first);
			child.awaitStarted(second);
			Tenant tenant = new TestTenants(child.settings(), child.jdbc(), simulator).create("shared", 2);
			RabbitAdmin admin = new RabbitAdmin(child.rabbit().getConnectionFactory());
			String queue = MessagingTopology.queueFor(tenant.id(), ImportLane.LIVE);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> admin.getQueueInfo(queue) != null && admin.getQueueInfo(queue).getConsumerCount() == 2);
			List<String> calls = simulator.createCalls(tenant.orgId(),
					CallRequest.answeredBy(tenant.agent(0))
						.withCount(CALLS)
						.withTiming(Duration.ofSeconds(1), Duration.ZERO)
						.withRecording(1, "AVAILABLE", 1, 8_000L)
						.startedAt(Instant.now().minus(Duration.ofMinutes(5))));
			long before = apiRequests(simulator, tenant);
			Instant start = Instant.now();
			Broker broker = new Broker(child.rabbit());
			calls.forEach((id) -> broker.publishEnded(tenant.id(), id, tenant.agent(0)));

			await().atMost(Duration.ofSeconds(120)).until(() -> {
				assertThat(first.isAlive() && second.isAlive()).as(ChildServices.tail(first)).isTrue();
				return child.count("SELECT count(*) FROM calls WHERE tenant_id = :t AND status = 'QUEUED_FOR_ANALYSIS'",
						tenant.id()) == CALLS;
			});
			double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
			long sent = apiRequests(simulator, tenant) - before;
			double allowed = BURST + PER_MINUTE / 60.0 * seconds;
			System.out.printf(
					"Two consumers sent %d Genesys requests for %d calls in %.1f s: %.1f/min, one budget"
							+ " allows %.0f/min (at most %.0f in that time)%n",
					sent, CALLS, seconds, sent / seconds * 60, (double) PER_MINUTE, allowed);
			assertThat(imports(first)).as("the first consumer imported some").isPositive();
			assertThat(imports(second)).as("the second consumer imported some").isPositive();
			assertThat((double) sent).as("requests of both consumers together").isLessThanOrEqualTo(allowed * 1.1 + 1);
			assertThat(simulator.requests()
				.entries()
				.stream()
				.filter((entry) -> tenant.orgId().equals(entry.organizationId()) && entry.status() == 429)
				.count()).isZero();
		}
	}

	private static long apiRequests(SimulatorControl simulator, Tenant tenant) {
		return simulator.requests()
			.entries()
			.stream()
			.filter((entry) -> tenant.clientId().equals(entry.clientId()) && entry.path().startsWith("/api/v2/"))
			.mapToLong(RequestCount::count)
			.sum();
	}

	private static long imports(JavaProcess consumer) {
		return consumer.output().lines().filter((line) -> line.contains("Imported conversation (queued)")).count();
	}

}
