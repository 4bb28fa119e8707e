package io.callimport.consumer.importing;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;

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
import io.callimport.simulator.control.RequestCount;
import io.callimport.simulator.control.SimulatorControl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One listener thread only: if waiting for Genesys held it, nothing else would be
 * imported meanwhile.
 */
@SpringBootTest
@DirtiesContext
class NotReadyIntegrationTests {

	static final ConsumerServices services = ConsumerServices.create().with("consumer.concurrency", "1");

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
	void callNotYetInAnalyticsAndStillTranscodingIsImportedOnceReadyWhileOtherCallsGoAhead() {
		SimulatorControl simulator = services.simulator().control();
		TestTenants tenants = new TestTenants(this.settings, this.jdbc, simulator);
		Broker broker = new Broker(this.rabbit);
		Tenant slow = tenants.create("slowco",
				TestTenants.scenario("slowco", 1).withLags(Duration.ofSeconds(6), Duration.ofSeconds(12)));
		Tenant fast = tenants.create("fastco", 1);
		String late = simulator.createCalls(slow.orgId(), call(slow)).get(0);
		String prompt = simulator.createCalls(fast.orgId(), call(fast)).get(0);

		broker.publishEnded("slowco", late, slow.agent(0));
		broker.publishEnded("fastco", prompt, fast.agent(0));

		await().atMost(Duration.ofSeconds(20)).until(() -> "QUEUED_FOR_ANALYSIS".equals(status("fastco")));
		assertThat(status("slowco")).isEqualTo("PENDING");
		await().atMost(Duration.ofSeconds(40)).until(() -> "QUEUED_FOR_ANALYSIS".equals(status("slowco")));
		assertThat(queuedAt("fastco")).isBefore(queuedAt("slowco"));
		assertThat(answered(simulator, slow, "/api/v2/analytics/conversations/{conversationId}/details", 404))
			.isPositive();
		assertThat(answered(simulator, slow, "/api/v2/conversations/{conversationId}/recordings", 202)).isPositive();
		assertThat(answered(simulator, slow, "/api/v2/conversations/{conversationId}/recordings", 200)).isEqualTo(1);
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM recordings WHERE tenant_id = 'slowco' AND object_key IS NOT NULL")
					.query(Long.class)
					.single())
			.isEqualTo(1);
		assertThat(new Broker(this.rabbit).drainAnalysis()).hasSize(2);
	}

	private static CallRequest call(Tenant tenant) {
		return CallRequest.answeredBy(tenant.agent(0)).withTiming(Duration.ofSeconds(1), Duration.ofSeconds(1));
	}

	private static long answered(SimulatorControl simulator, Tenant tenant, String path, int status) {
		return simulator.requests()
			.entries()
			.stream()
			.filter((entry) -> tenant.orgId().equals(entry.organizationId()) && entry.path().equals(path)
					&& entry.status() == status)
			.mapToLong(RequestCount::count)
			.sum();
	}

	private String status(String tenant) {
		return this.jdbc.sql("SELECT status FROM calls WHERE tenant_id = :t")
			.param("t", tenant)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private java.time.Instant queuedAt(String tenant) {
		Map<String, Object> row = this.jdbc.sql("SELECT queued_at FROM calls WHERE tenant_id = :t")
			.param("t", tenant)
			.query()
			.singleRow();
		return ((Timestamp) row.get("queued_at")).toInstant();
	}

}
