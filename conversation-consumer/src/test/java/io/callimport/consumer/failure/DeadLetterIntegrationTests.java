package io.callimport.consumer.failure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Message;
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
import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.model.messaging.MessagingTopology;
import io.callimport.model.settings.ClientSecret;
import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.model.settings.GenesysSettingsRepository.NewSettings;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.FaultSettings;
import io.callimport.simulator.control.OrganizationScenario;
import io.callimport.simulator.control.SimulatorControl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
@DirtiesContext
class DeadLetterIntegrationTests {

	static final ConsumerServices services = ConsumerServices.create()
		.with("consumer.retry.max-attempts", "6")
		.with("consumer.retry.details-wait", "2s")
		.with("consumer.failures-gauge-refresh", "500ms")
		.with("genesys.retry.max-attempts", "1");

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

	@Autowired
	MeterRegistry meters;

	SimulatorControl simulator;

	TestTenants tenants;

	Broker broker;

	final List<Message> deadLetters = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.simulator = services.simulator().control();
		this.tenants = new TestTenants(this.settings, this.jdbc, this.simulator);
		this.broker = new Broker(this.rabbit);
	}

	@Test
	void malformedMessageIsDeadLetteredAtOnceWithItsReason() {
		this.broker.publishRaw("{\"not\": \"a conversation\"".getBytes(StandardCharsets.UTF_8), "m-1");

		Message parked = awaitDeadLetter("MALFORMED_MESSAGE");

		assertThat(header(parked, MessagingTopology.REASON_HEADER)).contains("not a ConversationEnded");
		assertThat(header(parked, MessagingTopology.ATTEMPT_HEADER)).isEqualTo("1");
		assertThat(parked.getMessageProperties().getMessageId()).isEqualTo("m-1");
		assertThat(Broker.text(parked)).isEqualTo("{\"not\": \"a conversation\"");
		assertThat(count("SELECT count(*) FROM import_failures WHERE payload LIKE '%a conversation%'")).isZero();
	}

	@Test
	void messageOfAnUnknownTenantIsDeadLetteredWithoutARow() {
		// a tenant without settings has no queue this consumer reads; such a message can
		// only come through the shared queue
		this.broker.publishLegacy(ConversationEnded.of("nobody", "c0ffee00-0000-4000-8000-00000000dead", null, null,
				Instant.now(), CallSource.WEBSOCKET));

		Message parked = awaitDeadLetter("UNKNOWN_TENANT");

		assertThat(header(parked, MessagingTopology.REASON_HEADER)).contains("nobody");
		assertThat(count("SELECT count(*) FROM calls WHERE tenant_id = 'nobody'")).isZero();
		assertThat(count("SELECT count(*) FROM import_failures WHERE tenant_id = 'nobody'")).isZero();
	}

	@Test
	void conversationUnknownPastTheWaitIsParkedForTheOperatorAndAReplayResolvesIt() {
		Tenant umbrella = this.tenants.create("umbrella",
				TestTenants.scenario("umbrella", 2).withLags(Duration.ofSeconds(6), Duration.ofSeconds(1)));
		String conversation = this.simulator
			.createCalls(umbrella.orgId(),
					CallRequest.answeredBy(umbrella.agent(0)).withTiming(Duration.ofSeconds(1), Duration.ofSeconds(1)))
			.get(0);
		ConversationEnded message = this.broker.publishEnded("umbrella", conversation, umbrella.agent(0));

		Message parked = awaitDeadLetter("CONVERSATION_NOT_FOUND");
		assertThat(header(parked, MessagingTopology.REASON_HEADER)).contains(conversation, "404");
		Map<String, Object> failure = this.jdbc
			.sql("SELECT reason_code, reason, payload, attempts, status, message_id::text AS message_id"
					+ " FROM import_failures WHERE tenant_id = 'umbrella'")
			.query()
			.singleRow();
		assertThat(failure).containsEntry("reason_code", "CONVERSATION_NOT_FOUND")
			.containsEntry("status", "OPEN")
			.containsEntry("message_id", message.messageId().toString());
		assertThat((String) failure.get("payload")).contains(conversation);
		assertThat((Integer) failure.get("attempts")).isGreaterThan(1);
		assertThat(callStatus("umbrella", conversation)).isEqualTo("FAILED");
		await().atMost(Duration.ofSeconds(5)).until(() -> openFailuresGauge("umbrella") == 1.0);

		// the operator replays it (as the producer's failures API does) once analytics
		// knows it
		Instant knownAt = this.simulator.groundTruth(umbrella.orgId(), null, null, false)
			.conversations()
			.get(0)
			.endedAt()
			.plusSeconds(8);
		await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(knownAt));
		this.jdbc
			.sql("UPDATE import_failures SET status = 'REPLAYED', replayed_at = now() WHERE tenant_id = 'umbrella'")
			.update();
		this.broker.publish(ConversationEnded.of("umbrella", conversation, umbrella.agent(0), null, Instant.now(),
				CallSource.MANUAL));

		await().atMost(Duration.ofSeconds(40))
			.until(() -> "QUEUED_FOR_ANALYSIS".equals(callStatus("umbrella", conversation)));
		assertThat(this.jdbc.sql("SELECT status FROM import_failures WHERE tenant_id = 'umbrella'")
			.query(String.class)
			.list()).containsExactly("RESOLVED");
		await().atMost(Duration.ofSeconds(5)).until(() -> openFailuresGauge("umbrella") == 0.0);
	}

	@Test
	void genesysFailingPastTheRetryBudgetIsDeadLetteredWithTheAttempts() {
		Tenant hooli = this.tenants.create("hooli", 1);
		String conversation = this.simulator
			.createCalls(hooli.orgId(),
					CallRequest.answeredBy(hooli.agent(0)).withTiming(Duration.ofSeconds(1), Duration.ZERO))
			.get(0);
		this.simulator.setOrganizationFaults(hooli.orgId(), FaultSettings.none().withErrorRate(1.0));
		try {
			this.broker.publishEnded("hooli", conversation, hooli.agent(0));

			Message parked = awaitDeadLetter("GENESYS_UNAVAILABLE");

			assertThat(header(parked, MessagingTopology.REASON_HEADER)).contains("gave up after 6 attempts");
			assertThat(header(parked, MessagingTopology.ATTEMPT_HEADER)).isEqualTo("6");
			assertThat(callStatus("hooli", conversation)).isEqualTo("FAILED");
			assertThat(retriedCount("hooli")).isEqualTo(5.0);
		}
		finally {
			this.simulator.clearOrganizationFaults(hooli.orgId());
		}
	}

	@Test
	void clientWithoutTheRecordingPermissionIsDeadLetteredAtOnceAndListedForTheOperator() {
		OrganizationScenario scenario = TestTenants.scenario("initech", 1);
		Tenant initech = this.tenants.create("initech", scenario
			.withClients(List.of(scenario.clients().get(0).withoutPermissions("recording:recording:view"))));
		String conversation = this.simulator
			.createCalls(initech.orgId(),
					CallRequest.answeredBy(initech.agent(0)).startedAt(Instant.now().minus(Duration.ofMinutes(5))))
			.get(0);
		this.broker.publishEnded("initech", conversation, initech.agent(0));

		Message parked = awaitDeadLetter("GENESYS_FORBIDDEN");

		assertThat(header(parked, MessagingTopology.REASON_HEADER)).contains("403");
		assertThat(header(parked, MessagingTopology.ATTEMPT_HEADER)).isEqualTo("1");
		assertThat(retriedCount("initech")).isZero();
		assertThat(callStatus("initech", conversation)).isEqualTo("FAILED");
		assertThat(this.jdbc.sql("SELECT reason_code || ' ' || status FROM import_failures WHERE tenant_id = 'initech'")
			.query(String.class)
			.list()).containsExactly("GENESYS_FORBIDDEN OPEN");
	}

	@Test
	void tenantWithRejectedCredentialsIsDeadLetteredAtOnceWithoutTheSecret() {
		Tenant wayne = this.tenants.create("wayne", 1);
		this.settings.save(new NewSettings("wayne", wayne.orgId(), "mypurecloud.com", wayne.clientId(),
				new ClientSecret("definitely-wrong-secret-42"), wayne.organization().groupId(), null, null, null,
				null));
		String conversation = this.simulator
			.createCalls(wayne.orgId(),
					CallRequest.answeredBy(wayne.agent(0)).withTiming(Duration.ofSeconds(1), Duration.ZERO))
			.get(0);

		this.broker.publishEnded("wayne", conversation, wayne.agent(0));

		Message parked = awaitDeadLetter("GENESYS_UNAUTHORIZED");
		assertThat(header(parked, MessagingTopology.ATTEMPT_HEADER)).isEqualTo("1");
		assertThat(header(parked, MessagingTopology.REASON_HEADER)).doesNotContain("definitely-wrong-secret-42");
		assertThat(this.jdbc.sql("SELECT reason FROM import_failures WHERE tenant_id = 'wayne'")
			.query(String.class)
			.single()).doesNotContain("definitely-wrong-secret-42");
	}

	private Message awaitDeadLetter(String reasonCode) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			this.deadLetters.addAll(this.broker.drain(MessagingTopology.CONVERSATION_ENDED_PARKED_QUEUE));
			return this.deadLetters.stream()
				.anyMatch((message) -> reasonCode.equals(header(message, MessagingTopology.REASON_CODE_HEADER)));
		});
		return this.deadLetters.stream()
			.filter((message) -> reasonCode.equals(header(message, MessagingTopology.REASON_CODE_HEADER)))
			.findFirst()
			.orElseThrow();
	}

	private static String header(Message message, String name) {
		Object value = message.getMessageProperties().getHeaders().get(name);
		return (value != null) ? value.toString() : null;
	}

	private String callStatus(String tenant, String conversation) {
		return this.jdbc.sql("SELECT status FROM calls WHERE tenant_id = :t AND conversation_id = :c")
			.param("t", tenant)
			.param("c", conversation)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private double openFailuresGauge(String tenant) {
		var gauge = this.meters.find("callimport.failures.open").tag("tenant", tenant).gauge();
		return (gauge != null) ? gauge.value() : -1;
	}

	private double retriedCount(String tenant) {
		var counter = this.meters.find("callimport.imports").tag("tenant", tenant).tag("outcome", "retried").counter();
		return (counter != null) ? counter.count() : 0;
	}

}
