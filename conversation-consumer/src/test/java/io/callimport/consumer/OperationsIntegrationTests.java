package io.callimport.consumer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.callimport.consumer.TestTenants.Tenant;
import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.SimulatorControl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What operators see of an import: Prometheus metrics, JSON log lines carrying the tenant
 * and the conversation, and the build in {@code /actuator/info}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class OperationsIntegrationTests {

	static final ConsumerServices services = ConsumerServices.create();

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

	@LocalManagementPort
	int managementPort;

	@Test
	void anImportShowsInPrometheusAndEveryLogLineOfItIsJsonWithTenantAndConversation(CapturedOutput output)
			throws Exception {
		SimulatorControl simulator = services.simulator().control();
		Tenant tenant = new TestTenants(this.settings, this.jdbc, simulator).create("ops", 1);
		String conversationId = simulator
			.createCalls(tenant.orgId(),
					CallRequest.answeredBy(tenant.agent(0)).withTiming(Duration.ofSeconds(1), Duration.ofSeconds(1)))
			.get(0);
		// the alerting counters exist at 0 as soon as the tenant is known, before any
		// event
		await().atMost(Duration.ofSeconds(30))
			.until(() -> series(get("/actuator/prometheus"), "callimport_imports_total{").stream()
				.anyMatch((line) -> line.contains("tenant=\"ops\"") && line.contains("outcome=\"dead_lettered\"")
						&& line.endsWith(" 0.0")));
		new Broker(this.rabbit).publishEnded("ops", conversationId, tenant.agent(0));

		await().atMost(Duration.ofSeconds(40)).until(() -> "QUEUED_FOR_ANALYSIS".equals(status(conversationId)));

		String metrics = get("/actuator/prometheus");
		assertThat(series(metrics, "callimport_imports_total{")).anyMatch((line) -> line.contains("outcome=\"queued\"")
				&& line.contains("tenant=\"ops\"") && line.endsWith(" 1.0"));
		List<String> latencyBuckets = series(metrics, "callimport_import_latency_seconds_bucket{").stream()
			.filter((line) -> line.contains("tenant=\"ops\""))
			.toList();
		assertThat(latencyBuckets).isNotEmpty()
			.allSatisfy((line) -> assertThat(line).contains("application=\"conversation-consumer\""));
		assertThat(latencyBuckets.stream()
			.map((line) -> line.replaceAll(".*le=\"([^\"]+)\".*", "$1"))
			.filter((le) -> !le.equals("+Inf"))
			.mapToDouble(Double::parseDouble)
			.max()
			.orElseThrow()).as("top finite latency bucket, seconds").isGreaterThanOrEqualTo(3600);
		assertThat(latencyBuckets).anyMatch((line) -> line.contains("le=\"600.0\""));
		assertThat(series(metrics, "genesys_requests_seconds_count{"))
			.anyMatch((line) -> line.contains("tenant=\"ops\"") && line.contains("status=\"200\""));
		List<JsonNode> importLines = output.getOut()
			.lines()
			.filter((line) -> line.contains(conversationId))
			.map((line) -> JsonMapper.builder().build().readTree(line))
			.toList();
		assertThat(importLines).isNotEmpty()
			.allSatisfy((line) -> assertThat(line.path("tenantId").asString()).isEqualTo("ops"))
			.allSatisfy((line) -> assertThat(line.path("conversationId").asString()).isEqualTo(conversationId))
			.allSatisfy((line) -> assertThat(line.path("@timestamp").asString()).isNotEmpty());
	}

	@Test
	void infoShowsTheBuild() throws Exception {
		JsonNode info = JsonMapper.builder().build().readTree(get("/actuator/info"));

		assertThat(info.path("build").path("artifact").asString()).isEqualTo("conversation-consumer");
		assertThat(info.path("build").path("version").asString()).isNotEmpty();
	}

	private String status(String conversationId) {
		return this.jdbc.sql("SELECT status FROM calls WHERE tenant_id = 'ops' AND conversation_id = :id")
			.param("id", conversationId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static List<String> series(String metrics, String prefix) {
		return metrics.lines().filter((line) -> line.startsWith(prefix)).toList();
	}

	private String get(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
