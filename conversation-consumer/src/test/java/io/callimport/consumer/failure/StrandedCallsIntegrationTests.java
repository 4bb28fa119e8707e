package io.callimport.consumer.failure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.rabbitmq.client.GetResponse;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
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
import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.simulator.control.SimulatorControl;
import io.callimport.testsupport.TcpProxy;
import io.callimport.testsupport.TestBroker;
import io.callimport.testsupport.TestDatabase;

import static io.callimport.consumer.failure.FailureTestSupport.endedCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No call is stranded and no poison is retried as if it might pass: the consumer reaches
 * PostgreSQL through a TCP proxy the test cuts, its attempt schedule compressed to 3
 * attempts a second apart (what takes about 3¾ hours with the production schedule), and
 * its dead-letter reader looks every 300 ms. Real PostgreSQL, RabbitMQ, S3 server and
 * simulator. (Write failures other than an outage:
 * {@link DatabaseWriteFaultsIntegrationTests}.)
 */
@SpringBootTest
@DirtiesContext
class StrandedCallsIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final ConsumerServices services = ConsumerServices.create()
		.with("consumer.retry.max-attempts", "3")
		.with("consumer.retry.initial-delay", "1s")
		.with("consumer.retry.multiplier", "1.0");

	static final TcpProxy postgres = services.database().startProxy();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		services.with("spring.datasource.url", services.database().jdbcUrlVia(postgres))
			.with("spring.datasource.hikari.connection-timeout", "1000");
		services.registerWith(registry);
	}

	@Autowired
	GenesysSettingsRepository settings;

	@Autowired
	MeterRegistry meters;

	JdbcClient jdbc;

	Broker broker;

	RabbitTemplate rabbit;

	SimulatorControl simulator;

	TestTenants tenants;

	FailureTestSupport reads;

	private CachingConnectionFactory directConnection;

	@BeforeEach
	void setUp() {
		TestDatabase database = services.database();
		this.jdbc = JdbcClient
			.create(new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
		TestBroker vhost = services.broker();
		this.directConnection = new CachingConnectionFactory(vhost.host(), vhost.port());
		this.directConnection.setVirtualHost(vhost.virtualHost());
		this.directConnection.setUsername(vhost.username());
		this.directConnection.setPassword(vhost.password());
		this.rabbit = new RabbitTemplate(this.directConnection);
		this.broker = new Broker(this.rabbit);
		this.simulator = services.simulator().control();
		this.tenants = new TestTenants(this.settings, this.jdbc, this.simulator);
		this.reads = new FailureTestSupport(this.jdbc, this.meters);
	}

	@AfterEach
	void restore() {
		postgres.restore();
		this.directConnection.destroy();
	}

	@AfterAll
	static void closeProxy() {
		postgres.close();
	}

	@Test
	void databaseOutageLongerThanTheAttemptsEndsWithEveryCallListedThenImportedOnReplay() {
		Tenant tenant = this.tenants.create("outage", 1);
		List<String> calls = this.simulator.createCalls(tenant.orgId(), endedCall(tenant).withCount(3));
		this.broker.awaitConsumed(tenant.id());
		postgres.cut();
		calls.forEach((id) -> this.broker.publishEnded(tenant.id(), id, tenant.agent(0)));

		// every attempt spent while PostgreSQL is down: dead-lettered, nothing listed
		await().atMost(Duration.ofSeconds(40)).until(() -> deadLettered() >= 3);
		assertThat(deadLettered()).isEqualTo(3);
		postgres.restore();

		await().atMost(Duration.ofSeconds(30)).until(() -> this.reads.openFailures(tenant) == 3);
		assertThat(this.jdbc.sql("SELECT reason_code, reason FROM import_failures WHERE tenant_id = :t")
			.param("t", tenant.id())
			.query((rs, row) -> rs.getString(1) + ": " + rs.getString(2))
			.list())
			.hasSize(3)
			.allSatisfy((failure) -> assertThat(failure).startsWith("DATABASE_UNAVAILABLE: ")
				.contains("gave up after 3 attempts")
				.doesNotContain("not in the failures list"));
		assertThat(this.reads.statuses(tenant)).containsOnlyKeys(calls)
			.allSatisfy((id, status) -> assertThat(status).isEqualTo("FAILED"));
		await().atMost(Duration.ofSeconds(10)).until(() -> parked().size() >= 3);
		assertThat(deadLettered()).isZero();

		replayOpenFailures(tenant);

		await().atMost(Duration.ofSeconds(40)).until(() -> this.reads.queued(tenant) == 3);
		assertThat(failureStatuses(tenant)).containsOnly("RESOLVED");
	}

	@Test
	void messagesTheBrokerDeadLettersAreListedAndReplayable() throws Exception {
		Tenant tenant = this.tenants.create("broker-dlx", 1);
		List<String> calls = this.simulator.createCalls(tenant.orgId(), endedCall(tenant).withCount(2));
		// a queue shaped like the conversations queues, with a delivery limit of 1, that
		// no consumer reads
		Queue doomed = QueueBuilder.durable("it.doomed")
			.quorum()
			.deadLetterExchange(MessagingTopology.DEAD_LETTER_EXCHANGE)
			.deadLetterRoutingKey(MessagingTopology.CONVERSATION_ENDED_ROUTING_KEY)
			.deliveryLimit(1)
			.build();
		new RabbitAdmin(this.directConnection).declareQueue(doomed);
		ConversationEnded rejected = ended(tenant, calls.get(0));
		ConversationEnded overLimit = ended(tenant, calls.get(1));
		this.rabbit.send("", doomed.getName(), message(rejected));
		this.rabbit.send("", doomed.getName(), message(overLimit));

		this.rabbit.execute((channel) -> {
			// the first is rejected; the second is handed back until the broker gives up
			GetResponse first = await().atMost(Duration.ofSeconds(5))
				.until(() -> channel.basicGet(doomed.getName(), false), (response) -> response != null);
			channel.basicReject(first.getEnvelope().getDeliveryTag(), false);
			for (int i = 0; i < 2; i++) {
				GetResponse again = await().atMost(Duration.ofSeconds(5))
					.until(() -> channel.basicGet(doomed.getName(), false), (response) -> response != null);
				channel.basicNack(again.getEnvelope().getDeliveryTag(), false, true);
			}
			return null;
		});

		await().atMost(Duration.ofSeconds(30)).until(() -> this.reads.openFailures(tenant) == 2);
		Map<String, String> reasons = this.jdbc
			.sql("SELECT conversation_id, reason_code || ': ' || reason FROM import_failures WHERE tenant_id = :t")
			.param("t", tenant.id())
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(reasons.get(rejected.conversationId())).startsWith("BROKER_DEAD_LETTERED: ").contains("rejected");
		assertThat(reasons.get(overLimit.conversationId())).startsWith("BROKER_DEAD_LETTERED: ")
			.contains("delivery_limit");
		assertThat(this.reads.statuses(tenant)).allSatisfy((id, status) -> assertThat(status).isEqualTo("FAILED"));
		await().atMost(Duration.ofSeconds(10)).until(() -> parked().size() >= 2);

		replayOpenFailures(tenant);

		await().atMost(Duration.ofSeconds(40)).until(() -> this.reads.queued(tenant) == 2);
		assertThat(failureStatuses(tenant)).containsOnly("RESOLVED");
	}

	/** What the producer's failures API does on a replay. */
	private void replayOpenFailures(Tenant tenant) {
		List<String> conversations = this.jdbc
			.sql("UPDATE import_failures SET status = 'REPLAYED', replayed_at = now(), replay_count = replay_count + 1"
					+ " WHERE tenant_id = :t AND status = 'OPEN' RETURNING conversation_id")
			.param("t", tenant.id())
			.query(String.class)
			.list();
		conversations.forEach((id) -> this.broker
			.publish(ConversationEnded.of(tenant.id(), id, tenant.agent(0), null, Instant.now(), CallSource.MANUAL)));
	}

	private static ConversationEnded ended(Tenant tenant, String conversationId) {
		return ConversationEnded.of(tenant.id(), conversationId, tenant.agent(0), null, Instant.now(),
				CallSource.WEBSOCKET);
	}

	private static Message message(ConversationEnded ended) {
		org.springframework.amqp.core.MessageProperties properties = new org.springframework.amqp.core.MessageProperties();
		properties.setContentType("application/json");
		properties.setMessageId(ended.messageId().toString());
		return new Message(JSON.writeValueAsString(ended).getBytes(StandardCharsets.UTF_8), properties);
	}

	private long deadLettered() {
		var info = new RabbitAdmin(this.directConnection).getQueueInfo(MessagingTopology.CONVERSATION_ENDED_DLQ);
		return (info != null) ? info.getMessageCount() : 0;
	}

	private List<Message> parked() {
		return this.broker.drain(MessagingTopology.CONVERSATION_ENDED_PARKED_QUEUE);
	}

	private List<String> failureStatuses(Tenant tenant) {
		return this.jdbc.sql("SELECT status FROM import_failures WHERE tenant_id = :t")
			.param("t", tenant.id())
			.query(String.class)
			.list();
	}

}
