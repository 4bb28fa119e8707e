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
import io.callimport.consumer.ObjectStore;
import io.callimport.consumer.TestTenants;
import io.callimport.consumer.TestTenants.Tenant;
import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.model.messaging.MessagingTopology;
import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.RequestCount;
import io.callimport.simulator.control.SimulatorControl;
import io.callimport.testsupport.TcpProxy;
import io.callimport.testsupport.TestBroker;
import io.callimport.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No call is stranded and no poison is retried as if it might pass: the consumer reaches
 * PostgreSQL through a TCP proxy the test cuts, its attempt schedule compressed to 3
 * attempts a second apart (what takes about 3¾ hours with the production schedule), and
 * its dead-letter reader looks every 300 ms. Real PostgreSQL, RabbitMQ, S3 server and
 * simulator; database write failures other than an outage are raised by a trigger on
 * {@code calls} with the SQLState a real failure has.
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
		List<String> calls = this.simulator.createCalls(tenant.orgId(), call(tenant).withCount(3));
		this.broker.awaitConsumed(tenant.id());
		postgres.cut();
		calls.forEach((id) -> this.broker.publishEnded(tenant.id(), id, tenant.agent(0)));

		// every attempt spent while PostgreSQL is down: dead-lettered, nothing listed
		await().atMost(Duration.ofSeconds(40)).until(() -> deadLettered() >= 3);
		assertThat(deadLettered()).isEqualTo(3);
		postgres.restore();

		await().atMost(Duration.ofSeconds(30)).until(() -> openFailures(tenant) == 3);
		assertThat(this.jdbc.sql("SELECT reason_code, reason FROM import_failures WHERE tenant_id = :t")
			.param("t", tenant.id())
			.query((rs, row) -> rs.getString(1) + ": " + rs.getString(2))
			.list())
			.hasSize(3)
			.allSatisfy((failure) -> assertThat(failure).startsWith("DATABASE_UNAVAILABLE: ")
				.contains("gave up after 3 attempts")
				.doesNotContain("not in the failures list"));
		assertThat(statuses(tenant)).containsOnlyKeys(calls)
			.allSatisfy((id, status) -> assertThat(status).isEqualTo("FAILED"));
		await().atMost(Duration.ofSeconds(10)).until(() -> parked().size() >= 3);
		assertThat(deadLettered()).isZero();

		replayOpenFailures(tenant);

		await().atMost(Duration.ofSeconds(40)).until(() -> queued(tenant) == 3);
		assertThat(failureStatuses(tenant)).containsOnly("RESOLVED");
	}

	@Test
	void messagesTheBrokerDeadLettersAreListedAndReplayable() throws Exception {
		Tenant tenant = this.tenants.create("broker-dlx", 1);
		List<String> calls = this.simulator.createCalls(tenant.orgId(), call(tenant).withCount(2));
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

		await().atMost(Duration.ofSeconds(30)).until(() -> openFailures(tenant) == 2);
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
		assertThat(statuses(tenant)).allSatisfy((id, status) -> assertThat(status).isEqualTo("FAILED"));
		await().atMost(Duration.ofSeconds(10)).until(() -> parked().size() >= 2);

		replayOpenFailures(tenant);

		await().atMost(Duration.ofSeconds(40)).until(() -> queued(tenant) == 2);
		assertThat(failureStatuses(tenant)).containsOnly("RESOLVED");
	}

	@Test
	void nulInTheCallersDataIsTakenOutAndTheCallImported() {
		Tenant tenant = this.tenants.create("nul", 1);
		String conversation = this.simulator.createCalls(tenant.orgId(), call(tenant).withNulInText()).get(0);

		this.broker.publishEnded(tenant.id(), conversation, tenant.agent(0));

		await().atMost(Duration.ofSeconds(30)).until(() -> queued(tenant) == 1);
		Map<String, Object> row = this.jdbc.sql("SELECT ani, details::text AS details FROM calls WHERE tenant_id = :t")
			.param("t", tenant.id())
			.query()
			.singleRow();
		assertThat((String) row.get("ani")).startsWith("tel:+1555").doesNotContain("\0");
		assertThat((String) row.get("details")).contains("tel:+1555");
		assertThat(retried(tenant)).isZero();
	}

	@Test
	void dataErrorIsDeadLetteredAtOnceWithItsRealReason() {
		Tenant tenant = this.tenants.create("rejects", 1);
		String conversation = this.simulator.createCalls(tenant.orgId(), call(tenant)).get(0);
		injectWriteFault(conversation, "22001", 1000);

		this.broker.publishEnded(tenant.id(), conversation, tenant.agent(0));

		await().atMost(Duration.ofSeconds(30)).until(() -> openFailures(tenant) == 1);
		Map<String, Object> failure = this.jdbc
			.sql("SELECT reason_code, reason, attempts FROM import_failures WHERE tenant_id = :t")
			.param("t", tenant.id())
			.query()
			.singleRow();
		assertThat(failure).containsEntry("reason_code", "DATA_REJECTED").containsEntry("attempts", 1);
		assertThat((String) failure.get("reason")).contains("22001").doesNotContain("injected");
		assertThat(retried(tenant)).isZero();
		assertThat(mediaDownloads(tenant)).isEqualTo(1);
	}

	@Test
	void recordingStoredBeforeAFailedDatabaseWriteIsNotDownloadedAgain() throws Exception {
		Tenant tenant = this.tenants.create("rewrite", 1);
		String conversation = this.simulator.createCalls(tenant.orgId(), call(tenant)).get(0);
		// a serialization failure: transient, retried; twice, so the third attempt writes
		injectWriteFault(conversation, "40001", 2);

		this.broker.publishEnded(tenant.id(), conversation, tenant.agent(0));

		await().atMost(Duration.ofSeconds(30)).until(() -> queued(tenant) == 1);
		assertThat(retried(tenant)).isEqualTo(2);
		assertThat(mediaDownloads(tenant)).as("downloads of the call's one recording").isEqualTo(1);
		assertThat(reused(tenant)).isEqualTo(2);
		Map<String, Object> row = this.jdbc
			.sql("SELECT r.object_key, r.bytes, r.sha256 FROM recordings r JOIN calls c ON c.id = r.call_id"
					+ " WHERE c.tenant_id = :t")
			.param("t", tenant.id())
			.query()
			.singleRow();
		ObjectStore objects = ObjectStore.shared(services.bucket());
		String key = (String) row.get("object_key");
		assertThat(objects.list(tenant.id() + "/")).containsEntry(key, ((Number) row.get("bytes")).longValue());
		assertThat(objects.sha256(key)).isEqualTo(row.get("sha256"));
	}

	/**
	 * Makes the call's import write fail with the SQLState the next {@code times} times,
	 * as PostgreSQL itself would raise it.
	 */
	private void injectWriteFault(String conversationId, String sqlState, int times) {
		this.jdbc.sql("""
				CREATE TABLE IF NOT EXISTS it_write_faults (conversation_id TEXT PRIMARY KEY, sql_state TEXT NOT NULL,
				    times INTEGER NOT NULL, sequence_name TEXT NOT NULL)
				""").update();
		String sequence = "it_fault_" + Math.abs(conversationId.hashCode());
		this.jdbc.sql("CREATE SEQUENCE IF NOT EXISTS " + sequence).update();
		this.jdbc
			.sql("""
					CREATE OR REPLACE FUNCTION it_write_fault() RETURNS trigger AS $$
					DECLARE fault it_write_faults%ROWTYPE;
					BEGIN
					    SELECT * INTO fault FROM it_write_faults WHERE conversation_id = NEW.conversation_id;
					    -- a sequence counts outside the transaction the fault rolls back
					    IF FOUND AND NEW.imported_at IS NOT NULL AND nextval(fault.sequence_name::regclass) <= fault.times THEN
					        RAISE EXCEPTION 'injected fault' USING ERRCODE = fault.sql_state;
					    END IF;
					    RETURN NEW;
					END $$ LANGUAGE plpgsql
					""")
			.update();
		this.jdbc.sql("DROP TRIGGER IF EXISTS it_write_fault ON calls").update();
		this.jdbc
			.sql("CREATE TRIGGER it_write_fault BEFORE UPDATE ON calls FOR EACH ROW EXECUTE FUNCTION it_write_fault()")
			.update();
		this.jdbc.sql("INSERT INTO it_write_faults VALUES (:c, :s, :t, :q)")
			.param("c", conversationId)
			.param("s", sqlState)
			.param("t", times)
			.param("q", sequence)
			.update();
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

	private static CallRequest call(Tenant tenant) {
		// over already, so analytics knows it at once: only the failure under test is
		// left
		return CallRequest.answeredBy(tenant.agent(0))
			.withTiming(Duration.ofSeconds(1), Duration.ZERO)
			.withRecording(1, "AVAILABLE", 1, 64_000L)
			.startedAt(Instant.now().minus(Duration.ofMinutes(10)));
	}

	private long deadLettered() {
		var info = new RabbitAdmin(this.directConnection).getQueueInfo(MessagingTopology.CONVERSATION_ENDED_DLQ);
		return (info != null) ? info.getMessageCount() : 0;
	}

	private List<Message> parked() {
		return this.broker.drain(MessagingTopology.CONVERSATION_ENDED_PARKED_QUEUE);
	}

	private long openFailures(Tenant tenant) {
		return this.jdbc.sql("SELECT count(*) FROM import_failures WHERE tenant_id = :t AND status = 'OPEN'")
			.param("t", tenant.id())
			.query(Long.class)
			.single();
	}

	private List<String> failureStatuses(Tenant tenant) {
		return this.jdbc.sql("SELECT status FROM import_failures WHERE tenant_id = :t")
			.param("t", tenant.id())
			.query(String.class)
			.list();
	}

	private Map<String, String> statuses(Tenant tenant) {
		return this.jdbc.sql("SELECT conversation_id, status FROM calls WHERE tenant_id = :t")
			.param("t", tenant.id())
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private long queued(Tenant tenant) {
		return this.jdbc.sql("SELECT count(*) FROM calls WHERE tenant_id = :t AND status = 'QUEUED_FOR_ANALYSIS'")
			.param("t", tenant.id())
			.query(Long.class)
			.single();
	}

	private double retried(Tenant tenant) {
		var counter = this.meters.find("callimport.imports")
			.tag("tenant", tenant.id())
			.tag("outcome", "retried")
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private double reused(Tenant tenant) {
		var counter = this.meters.find("callimport.recordings.reused").tag("tenant", tenant.id()).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private long mediaDownloads(Tenant tenant) {
		return this.simulator.requests()
			.entries()
			.stream()
			.filter((entry) -> entry.path().startsWith("/media") && entry.status() == 200)
			.filter((entry) -> tenant.orgId().equals(entry.organizationId()))
			.mapToLong(RequestCount::count)
			.sum();
	}

}
