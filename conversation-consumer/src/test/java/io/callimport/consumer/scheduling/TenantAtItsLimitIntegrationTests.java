package io.callimport.consumer.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.callimport.consumer.Broker;
import io.callimport.consumer.ConsumerServices;
import io.callimport.consumer.TestTenants;
import io.callimport.consumer.TestTenants.Tenant;
import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.RateLimitScope;
import io.callimport.simulator.control.SimulatorControl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tenant A's OAuth client is allowed 20 requests a minute by Genesys, and A has 150 calls
 * waiting; tenant B, on its own client, ends a few calls meanwhile. B's calls are
 * imported within seconds while A is held back by its budget: A occupies no thread and no
 * place in B's line.
 */
@SpringBootTest
@DirtiesContext
class TenantAtItsLimitIntegrationTests {

	static final ConsumerServices services = ConsumerServices.create()
		.with("consumer.batch.max-size", "5")
		.with("consumer.batch.recording-job-min-calls", "101")
		.with("consumer.batch.coordinators", "2")
		.with("consumer.batch.max-delay", "0s");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		services.registerWith(registry);
	}

	@Autowired
	GenesysSettingsRepository settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RabbitTemplate rabbit;

	@Test
	void aTenantHeldBackByItsBudgetDoesNotDelayAnotherTenantsCalls() {
		SimulatorControl simulator = services.simulator().control();
		TestTenants tenants = new TestTenants(this.settings, this.jdbc, simulator);
		Tenant limited = tenants.create("limited",
				TestTenants.scenario("limited", 2).withLimits(1000, 20, 20).withRateLimitScope(RateLimitScope.CLIENT));
		Tenant other = tenants.create("other", 2);
		Broker broker = new Broker(this.rabbit);
		broker.awaitConsumed(limited.id());
		broker.awaitConsumed(other.id());
		List<String> backlog = simulator.createCalls(limited.orgId(),
				CallRequest.answeredBy(limited.agent(0))
					.withCount(150)
					.withTiming(Duration.ofSeconds(1), Duration.ZERO)
					.withRecording(1, "AVAILABLE", 1, 16_000L)
					.startedAt(Instant.now().minus(Duration.ofMinutes(5))));
		backlog.forEach((id) -> broker.publishEnded(limited.id(), id, limited.agent(0)));
		// A spends what Genesys allows it and is held back
		await().atMost(Duration.ofSeconds(60)).until(() -> imported(limited) >= 5);

		List<String> calls = simulator.createCalls(other.orgId(),
				CallRequest.answeredBy(other.agent(0))
					.withCount(5)
					.withTiming(Duration.ofSeconds(1), Duration.ZERO)
					.withRecording(1, "AVAILABLE", 1, 16_000L)
					.startedAt(Instant.now().minus(Duration.ofMinutes(5))));
		Instant published = Instant.now();
		calls.forEach((id) -> broker.publishEnded(other.id(), id, other.agent(0)));

		await().atMost(Duration.ofSeconds(30)).until(() -> imported(other) == 5);
		Duration took = Duration.between(published, Instant.now());
		long limitedDone = imported(limited);
		System.out.println("Tenant 'other' imported 5 calls in " + took.toMillis() + " ms while 'limited' had "
				+ limitedDone + " of 150 imported");
		assertThat(took).isLessThan(Duration.ofSeconds(15));
		assertThat(limitedDone).as("A still has most of its backlog waiting").isLessThan(100);
		assertThat(simulator.requests()
			.entries()
			.stream()
			.filter((entry) -> limited.orgId().equals(entry.organizationId()) && entry.status() == 429)
			.count()).as("A's budget keeps it below Genesys' limit").isZero();
	}

	private long imported(Tenant tenant) {
		return this.jdbc.sql("SELECT count(*) FROM calls WHERE tenant_id = :t AND status = 'QUEUED_FOR_ANALYSIS'")
			.param("t", tenant.id())
			.query(Long.class)
			.single();
	}

}
