package io.callimport.simulator;

import java.time.Duration;

import io.callimport.simulator.control.OrganizationState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The simulator inside another module's test JVM reads only its own configuration; its
 * demo mode loads an organisation with traffic.
 */
class EmbeddingIntegrationTests {

	@Test
	void ignoresTheHostApplicationsConfiguration() {
		GenesysCloudSimulator genesys = GenesysCloudSimulator.shared();

		assertThat(genesys.control().organizations()).extracting(OrganizationState::organizationId)
			.doesNotContain("leaked-from-host-application-properties");
	}

	@Test
	void reportsItselfHealthy() throws Exception {
		try (okhttp3.Response health = SimulatorClients.HTTP
			.newCall(new okhttp3.Request.Builder().url(GenesysCloudSimulator.shared().baseUrl() + "/simulator/health")
				.build())
			.execute()) {
			assertThat(health.code()).isEqualTo(200);
			assertThat(health.body().string()).isEqualTo("{\"status\":\"UP\"}");
		}
	}

	@Test
	void loadsTheDemoOrganizationAndStartsItsTrafficWhenEnabled() {
		try (GenesysCloudSimulator demo = GenesysCloudSimulator.start(SimulatorSettings.defaults()
			.withProperty("simulator.demo.enabled", "true")
			.withProperty("simulator.demo.organization-id", "demo-org")
			.withProperty("simulator.demo.calls-per-minute", "600")
			.withProperty("simulator.demo.min-call-duration", "200ms")
			.withProperty("simulator.demo.max-call-duration", "300ms"))) {

			OrganizationState org = await().atMost(Duration.ofSeconds(10))
				.ignoreExceptions()
				.until(() -> demo.control().organization("demo-org"), (state) -> state.conversations() > 0);

			assertThat(org.trafficRunning()).isTrue();
			assertThat(org.agentUserIds()).hasSize(10);
			assertThat(org.clientIds()).containsExactly("demo-client");
			assertThat(SimulatorClients.token(demo.baseUrl(), "demo-client", "demo-secret")).isNotBlank();
		}
	}

}
