package io.callimport.producer.operations;

import java.time.Duration;
import java.util.List;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.Status;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.callimport.producer.AdminApiClient;
import io.callimport.producer.FlowContext;
import io.callimport.simulator.control.CallRequest;
import io.callimport.testsupport.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the DevOps team watches: JSON log lines that carry the tenant and the
 * conversation, {@code /actuator/info} naming the build and the tenant, the producer's
 * metrics on {@code /actuator/prometheus}, and a readiness group that follows the broker.
 */
class OperationsIntegrationTests extends FlowContext {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AdminApiClient management;

	@BeforeEach
	void watching() {
		ensureWatching();
		this.management = new AdminApiClient(this.managementPort, null);
	}

	@Test
	void logLinesOfADetectedCallAreJsonWithTheTenantAndTheConversation() {
		List<String> calls = this.simulator.createCalls(genesys.organizationId(),
				CallRequest.answeredBy(genesys.agent(0)).withTiming(Duration.ofMillis(1500), Duration.ofMillis(500)));
		String conversationId = calls.get(0);
		await().atMost(Duration.ofSeconds(20)).until(() -> ended().messagesFor(calls).size() == 1);

		List<JsonNode> lines = CapturedOutput.text()
			.lines()
			.filter((line) -> line.contains(conversationId) && line.startsWith("{"))
			.map(JSON::readTree)
			.toList();
		// tenantId is resolved from TENANT_ID when logging starts, before this test's
		// dynamic properties exist; FailoverIntegrationTests checks it on a producer
		// started from the environment
		assertThat(lines).isNotEmpty();
		assertThat(lines).anySatisfy((line) -> {
			assertThat(line.path("message").asString()).contains("ended for agent");
			assertThat(line.path("conversationId").asString()).isEqualTo(conversationId);
			assertThat(line.path("service").path("name").asString()).isEqualTo("genesys-producer");
		});
		// a line the encoder cannot write (a duplicate JSON key, say) is dropped silently
		// but for an error status
		LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
		assertThat(logback.getStatusManager().getCopyOfStatusList())
			.noneMatch((status) -> status.getLevel() == Status.ERROR);
	}

	@Test
	void infoNamesTheBuildAndTheTenantAndPrometheusShowsTheProducerMetrics() {
		JsonNode info = this.management.get("/actuator/info").json();
		assertThat(info.path("tenant").asString()).isEqualTo(TENANT);
		assertThat(info.path("build").path("artifact").asString()).isEqualTo("genesys-producer");
		assertThat(info.path("build").path("version").asString()).isNotBlank();

		String prometheus = this.management.get("/actuator/prometheus").body();
		assertThat(prometheus)
			.contains("callimport_websocket_connected{application=\"genesys-producer\",tenant=\"" + TENANT + "\"")
			.contains("callimport_agents_active{application=\"genesys-producer\",tenant=\"" + TENANT + "\"")
			// the tenant of this context has settings: the websocket alert may page for
			// it
			.contains("callimport_settings_configured{application=\"genesys-producer\",tenant=\"" + TENANT + "\"} 1.0")
			.contains("callimport_notification_events_total")
			.contains("callimport_calls_published_total")
			.contains("genesys_requests_seconds_count");
		// alerting counters registered from the start (at 0 until their first event;
		// other
		// tests of this shared context may have run reconciliations), and the service
		// named
		// on every series
		for (String kind : List.of("nightly", "manual", "backfill", "gap")) {
			assertThat(prometheus)
				.containsPattern("callimport_reconciliation_runs_total\\{application=\"genesys-producer\"," + "kind=\""
						+ kind + "\",outcome=\"failed\",tenant=\"" + TENANT + "\"} [0-9]")
				.containsPattern("callimport_reconciliation_missing_total\\{application=\"genesys-producer\",kind=\""
						+ kind + "\",tenant=\"" + TENANT + "\"} ");
		}
		assertThat(prometheus.lines().filter((line) -> line.startsWith("callimport_")))
			.allSatisfy((line) -> assertThat(line).contains("application=\"genesys-producer\""));
	}

	@Test
	void theManagementPortNeverOpensSensitiveEndpointsNorShowsHealthDetails() {
		// FlowContext asks for every endpoint: metrics is there, the sensitive ones are
		// not
		assertThat(this.management.get("/actuator/metrics").status()).isEqualTo(200);
		for (String endpoint : List.of("heapdump", "threaddump", "env", "configprops", "loggers", "beans")) {
			assertThat(this.management.get("/actuator/" + endpoint).status()).as(endpoint).isEqualTo(404);
		}
		// the tests' readiness group shows details (ProducerServices); the rest keeps the
		// deployment's default
		JsonNode health = this.management.get("/actuator/health").json();
		assertThat(health.path("status").asString()).isEqualTo("UP");
		assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
		assertThat(health.toString()).doesNotContain("details", "PostgreSQL", "version");
	}

	@Test
	void readinessGoesDownWithTheBrokerAndUpWhenItReturns() {
		assertThat(readiness()).isEqualTo("200 UP, rabbit UP");
		brokerProxy.cut();
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> readiness().equals("503 DOWN, rabbit DOWN"));
		}
		finally {
			brokerProxy.restore();
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> readiness().equals("200 UP, rabbit UP"));
	}

	private String readiness() {
		AdminApiClient.Response response = this.management.get("/actuator/health/readiness");
		JsonNode health = response.json();
		return response.status() + " " + health.path("status").asString() + ", rabbit "
				+ health.path("components").path("rabbit").path("status").asString();
	}

}
