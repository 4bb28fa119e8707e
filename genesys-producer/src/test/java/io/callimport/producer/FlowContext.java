package io.callimport.producer;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.callimport.simulator.control.SimulatorControl;
import io.callimport.testsupport.TcpProxy;
import io.callimport.testsupport.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The producer of tenant {@code flow}, one application context shared by every test class
 * that extends this one (they inherit the same configuration, so Spring's context cache
 * starts it once): real PostgreSQL, RabbitMQ behind a {@link TcpProxy} the broker tests
 * cut, and a simulated organisation with 6 agents and 20 users outside the group.
 */
@SpringBootTest(classes = ProducerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class FlowContext {

	protected static final String TENANT = "flow";

	protected static final ProducerServices services;

	protected static final TcpProxy brokerProxy;

	protected static final SimulatedTenant genesys;

	private static EndedQueue endedQueue;

	static {
		CapturedOutput.install();
		services = ProducerServices.create(TENANT);
		brokerProxy = TcpProxy.start(services.broker().host(), services.broker().port());
		genesys = SimulatedTenant.create(services.simulator().control(),
				SimulatedTenant.scenario("Speech Analytics", 6, 20));
	}

	@DynamicPropertySource
	static void flowProperties(DynamicPropertyRegistry registry) {
		services.registerWith(registry);
		// every endpoint asked for, as a careless operator might: the sensitive ones must
		// stay closed all the same (OperationsIntegrationTests)
		registry.add("management.endpoints.web.exposure.include", () -> "*");
		services.broker()
			.springPropertiesVia(brokerProxy.host(), brokerProxy.port())
			.forEach((name, value) -> registry.add(name, () -> value));
	}

	@LocalServerPort
	protected int port;

	@LocalManagementPort
	protected int managementPort;

	@Autowired
	protected JdbcClient jdbc;

	protected AdminApiClient api;

	protected SimulatorControl simulator;

	@BeforeEach
	void connectFlowContext() {
		this.api = new AdminApiClient(this.port, ProducerServices.ADMIN_TOKEN);
		this.simulator = services.simulator().control();
		synchronized (FlowContext.class) {
			if (endedQueue == null) {
				endedQueue = new EndedQueue(services.broker(), services.tenantId());
			}
		}
	}

	protected EndedQueue ended() {
		return endedQueue;
	}

	/**
	 * Saves the organisation's settings unless they are, and waits until the producer's
	 * socket is live.
	 */
	protected void ensureWatching() {
		if (this.api.get("/api/v1/tenants/" + TENANT + "/genesys-settings").status() == 404) {
			assertThat(this.api.put("/api/v1/tenants/" + TENANT + "/genesys-settings", genesys.settingsJson()).status())
				.isIn(200, 201);
		}
		await().atMost(Duration.ofSeconds(30)).until(this::ready);
	}

	protected boolean ready() {
		AdminApiClient management = new AdminApiClient(this.managementPort, null);
		AdminApiClient.Response readiness = management.get("/actuator/health/readiness");
		if (readiness.status() != 200) {
			return false;
		}
		JsonNode notification = readiness.json().path("components").path("notification");
		return "ACTIVE".equalsIgnoreCase(notification.path("details").path("role").asString())
				&& notification.path("details").path("live").asBoolean();
	}

}
