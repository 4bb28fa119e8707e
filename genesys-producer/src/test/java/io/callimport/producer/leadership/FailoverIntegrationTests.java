package io.callimport.producer.leadership;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.producer.AdminApiClient;
import io.callimport.producer.EndedQueue;
import io.callimport.producer.ProducerApplication;
import io.callimport.producer.ProducerServices;
import io.callimport.producer.SimulatedTenant;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.ChannelView;
import io.callimport.simulator.control.SimulatorControl;
import io.callimport.testsupport.JavaProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two producers of one tenant: one in a child JVM, which takes the lease first, and this
 * test's application context, a standby. Only the holder has a socket. The holder is
 * killed (SIGKILL, no clean shutdown) during traffic; the standby takes over within 30 s,
 * records the gap since the holder's last live moment and heals it: every call yields
 * exactly one message, those that ended while no replica held the socket included.
 */
@SpringBootTest(classes = ProducerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class FailoverIntegrationTests {

	static final ProducerServices services = ProducerServices.create("failover");

	static final SimulatedTenant genesys = SimulatedTenant.create(services.simulator().control(),
			SimulatedTenant.scenario("Agents", 4, 0));

	static final JavaProcess holder;

	static {
		holder = JavaProcess.builder(ProducerApplication.class.getName())
			.jvmArg("-Xmx256m")
			.quickStart()
			.env(services.environment())
			.start();
		// polled on this thread: another would wait for this class initialisation to
		// finish
		await().pollInSameThread()
			.atMost(Duration.ofSeconds(120))
			.until(() -> leaseHolder().startsWith(holder.pid() + "@"));
	}

	static EndedQueue ended;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		services.registerWith(registry);
	}

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	JdbcClient jdbc;

	SimulatorControl simulator = services.simulator().control();

	@AfterAll
	static void stopHolder() {
		holder.close();
		if (ended != null) {
			ended.close();
		}
	}

	@Test
	void theStandbyTakesOverWithinThirtySecondsOfTheHolderDyingAndNothingIsLost() {
		ended = new EndedQueue(services.broker(), services.tenantId());
		AdminApiClient api = new AdminApiClient(this.port, ProducerServices.ADMIN_TOKEN);
		assertThat(api.put("/api/v1/tenants/failover/genesys-settings", genesys.settingsJson()).status())
			.isEqualTo(201);
		await().atMost(Duration.ofSeconds(30)).until(() -> connectedChannels() == 1);
		assertThat(this.simulator.channels(genesys.organizationId())).hasSize(1);
		assertThat(readiness().path("status").asString()).isEqualTo("UP");
		assertThat(readiness().path("components").path("notification").path("details").path("role").asString())
			.isEqualTo("standby");

		List<String> conversations = new ArrayList<>(staggeredCalls(12));
		await().atMost(Duration.ofSeconds(30)).until(() -> ended.messagesFor(conversations).size() >= 3);
		holder.kill();
		Instant killedAt = Instant.now();
		conversations.addAll(this.simulator.createCalls(genesys.organizationId(),
				CallRequest.answeredBy(genesys.agent(0))
					.withCount(4)
					.withTiming(Duration.ofSeconds(1), Duration.ofMillis(200))));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> "active"
				.equals(readiness().path("components").path("notification").path("details").path("role").asString()));
		Duration takeover = Duration.between(killedAt, Instant.now());
		await().atMost(Duration.ofSeconds(15)).until(() -> connectedChannels() == 1);
		await().atMost(Duration.ofSeconds(60)).until(() -> ended.byConversation().keySet().containsAll(conversations));
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(8))
			.until(() -> ended.messagesFor(conversations).size() == 16);

		Map<CallSource, Long> sources = ended.messagesFor(conversations)
			.stream()
			.collect(Collectors.groupingBy(ConversationEnded::source, Collectors.counting()));
		System.out.printf("Failover: took over %d ms after the kill; messages by source %s%n", takeover.toMillis(),
				sources);
		assertThat(takeover).isLessThan(Duration.ofSeconds(30));
		assertThat(sources.get(CallSource.RECONCILIATION)).isNotNull().isPositive();
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM notification_gaps WHERE reason = 'failover' AND healed_at IS NOT NULL
				""").query(Long.class).single()).isEqualTo(1);
		String holderOutput = holder.output();
		assertThat(holderOutput).contains("holds the socket of tenant failover").doesNotContain(genesys.clientSecret());
		assertJsonLinesCarryTenantAndConversation(holderOutput, conversations);
	}

	/**
	 * The holder was started as in production, from the environment: every log line is
	 * JSON with the tenant, and the line of each detected end names its conversation.
	 */
	private static void assertJsonLinesCarryTenantAndConversation(String output, List<String> conversations) {
		JsonMapper json = JsonMapper.builder().build();
		List<JsonNode> lines = output.lines().filter((line) -> line.startsWith("{")).map(json::readTree).toList();
		assertThat(lines).hasSizeGreaterThan(10)
			.allSatisfy((line) -> assertThat(line.path("tenantId").asString()).isEqualTo("failover"));
		List<JsonNode> detected = lines.stream()
			.filter((line) -> line.path("message").asString().contains("ended for agent"))
			.toList();
		assertThat(detected).isNotEmpty()
			.allSatisfy((line) -> assertThat(line.path("conversationId").asString()).isIn(conversations)
				.satisfies((id) -> assertThat(line.path("message").asString()).contains(id)));
	}

	private long connectedChannels() {
		return this.simulator.channels(genesys.organizationId()).stream().filter(ChannelView::connected).count();
	}

	private JsonNode readiness() {
		return new AdminApiClient(this.managementPort, null).get("/actuator/health/readiness").json();
	}

	/** Calls ending one every 400 ms. */
	private List<String> staggeredCalls(int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.addAll(this.simulator.createCalls(genesys.organizationId(), CallRequest.answeredBy(genesys.agent(i % 4))
				.withTiming(Duration.ofMillis(1000 + 400L * i), Duration.ofMillis(200))));
		}
		return ids;
	}

	private static String leaseHolder() {
		try {
			SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(),
					services.database().jdbcUrl(), services.database().username(), services.database().password());
			return JdbcClient.create(dataSource)
				.sql("SELECT holder_id FROM producer_leases WHERE tenant_id = 'failover'")
				.query(String.class)
				.optional()
				.orElse("");
		}
		catch (RuntimeException ex) {
			return "";
		}
	}

}
