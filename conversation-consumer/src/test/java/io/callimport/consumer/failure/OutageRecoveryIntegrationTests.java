package io.callimport.consumer.failure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
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
import io.callimport.model.message.CallReadyForAnalysis;
import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.FaultSettings;
import io.callimport.simulator.control.RequestCount;
import io.callimport.simulator.control.SimulatorControl;
import io.callimport.testsupport.ObjectStoreServer;
import io.callimport.testsupport.ObjectStoreServer.RestartableS3Proxy;
import io.callimport.testsupport.TcpProxy;
import io.callimport.testsupport.TestBroker;
import io.callimport.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumer reaches PostgreSQL and the broker through TCP proxies the test cuts, and
 * an object store the test stops. The test itself talks to all three directly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class OutageRecoveryIntegrationTests {

	static final ConsumerServices services = ConsumerServices.create();

	static final TcpProxy postgres = services.database().startProxy();

	static final TcpProxy rabbitmq = TcpProxy.start(services.broker().host(), services.broker().port());

	static final RestartableS3Proxy objectStore = ObjectStoreServer.startRestartable(0);

	static boolean objectStoreStopped;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		services.with("spring.datasource.url", services.database().jdbcUrlVia(postgres))
			.with("spring.datasource.hikari.connection-timeout", "1000")
			.with("minio.endpoint", objectStore.endpoint())
			.with("minio.connect-timeout", "1s");
		services.broker().springPropertiesVia(rabbitmq.host(), rabbitmq.port()).forEach(services::with);
		services.registerWith(registry);
	}

	@Autowired
	GenesysSettingsRepository settings;

	@Autowired
	MeterRegistry meters;

	@LocalManagementPort
	int managementPort;

	JdbcClient jdbc;

	Broker broker;

	SimulatorControl simulator;

	TestTenants tenants;

	FailureTestSupport reads;

	ObjectStore objects;

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
		this.broker = new Broker(new RabbitTemplate(this.directConnection));
		this.simulator = services.simulator().control();
		this.tenants = new TestTenants(this.settings, this.jdbc, this.simulator);
		this.reads = new FailureTestSupport(this.jdbc, this.meters);
		this.objects = new ObjectStore(objectStore.endpoint(), objectStore.accessKey(), objectStore.secretKey(),
				services.bucket());
	}

	@AfterEach
	void restoreEverything() {
		postgres.restore();
		rabbitmq.restore();
		if (objectStoreStopped) {
			objectStore.start();
			objectStoreStopped = false;
		}
		this.directConnection.destroy();
	}

	@AfterAll
	static void closeProxies() {
		postgres.close();
		rabbitmq.close();
		objectStore.close();
	}

	@Test
	void objectStoreDownNothingIsQueuedUntilStoredThenEverythingIsImported() throws Exception {
		Tenant tenant = this.tenants.create("minio-down", 1);
		objectStore.stop();
		objectStoreStopped = true;
		List<String> calls = this.simulator.createCalls(tenant.orgId(), call(tenant, 3));
		calls.forEach((id) -> this.broker.publishEnded(tenant.id(), id, tenant.agent(0)));

		await().atMost(Duration.ofSeconds(30)).until(() -> mediaDownloads(tenant) >= 6);
		assertThat(this.reads.statuses(tenant)).hasSize(3)
			.containsOnlyKeys(calls)
			.doesNotContainValue("QUEUED_FOR_ANALYSIS");
		assertThat(this.broker.drainAnalysis()).isEmpty();
		assertThat(this.reads.retried(tenant)).isGreaterThanOrEqualTo(3);
		assertThat(readiness()).isEqualTo("503 DOWN, minio DOWN");

		objectStore.start();
		objectStoreStopped = false;

		await().atMost(Duration.ofSeconds(30)).until(() -> this.reads.queued(tenant) == 3);
		assertThat(readiness()).isEqualTo("200 UP, minio UP");
		assertThat(this.objects.list(tenant.id() + "/")).hasSize(3);
		assertOneAnalysisMessagePerCall(calls);
	}

	@Test
	void databaseDownMessagesWaitInTheBrokerAndAreImportedAfterRecovery() {
		Tenant tenant = this.tenants.create("db-down", 1);
		List<String> calls = this.simulator.createCalls(tenant.orgId(), call(tenant, 3));
		// a tenant the consumer knows (it learns tenants from the database)
		this.broker.awaitConsumed(tenant.id());
		postgres.cut();
		calls.forEach((id) -> this.broker.publishEnded(tenant.id(), id, tenant.agent(0)));

		await().atMost(Duration.ofSeconds(30)).until(() -> this.reads.retried(tenant) >= 6);
		assertThat(this.reads.statuses(tenant)).isEmpty();
		await().atMost(Duration.ofSeconds(20)).until(() -> readiness("db").equals("503 DOWN, db DOWN"));

		postgres.restore();

		await().atMost(Duration.ofSeconds(40)).until(() -> this.reads.queued(tenant) == 3);
		assertOneAnalysisMessagePerCall(calls);
		await().atMost(Duration.ofSeconds(20)).until(() -> readiness("db").equals("200 UP, db UP"));
	}

	@Test
	void brokerConnectionCutMidImportLosesNothingAndDuplicatesNothing() throws Exception {
		Tenant tenant = this.tenants.create("broker-cut", 2);
		this.simulator.setOrganizationFaults(tenant.orgId(), FaultSettings.none().withLatency(Duration.ofMillis(700)));
		List<String> calls = this.simulator.createCalls(tenant.orgId(), call(tenant, 6));
		calls.forEach((id) -> this.broker.publishEnded(tenant.id(), id, tenant.agent(0)));
		await().atMost(Duration.ofSeconds(30)).until(() -> mediaDownloads(tenant) >= 1);

		rabbitmq.cut();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc
				.sql("SELECT count(*) FROM calls WHERE tenant_id = :t AND imported_at IS NOT NULL"
						+ " AND status = 'PENDING'")
				.param("t", tenant.id())
				.query(Long.class)
				.single() > 0);
		await().atMost(Duration.ofSeconds(20)).until(() -> readiness("rabbit").equals("503 DOWN, rabbit DOWN"));
		rabbitmq.restore();

		await().atMost(Duration.ofSeconds(60)).until(() -> this.reads.queued(tenant) == 6);
		await().atMost(Duration.ofSeconds(20)).until(() -> readiness("rabbit").equals("200 UP, rabbit UP"));
		this.simulator.clearOrganizationFaults(tenant.orgId());
		assertThat(this.objects.list(tenant.id() + "/")).hasSize(6);
		assertOneAnalysisMessagePerCall(calls);
	}

	private void assertOneAnalysisMessagePerCall(List<String> calls) {
		List<CallReadyForAnalysis> analysis = this.broker.drainAnalysis()
			.stream()
			.filter((message) -> calls.contains(message.conversationId()))
			.toList();
		Map<String, List<CallReadyForAnalysis>> perCall = analysis.stream()
			.collect(Collectors.groupingBy(CallReadyForAnalysis::conversationId));
		System.out.println("Analysis messages: " + analysis.size() + " for " + calls.size() + " calls");
		assertThat(perCall).containsOnlyKeys(calls);
		perCall.values()
			.forEach((messages) -> assertThat(messages).extracting(CallReadyForAnalysis::messageId)
				.containsOnly(messages.get(0).messageId()));
		assertThat(analysis).hasSizeLessThanOrEqualTo(calls.size() + 1);
	}

	/** Status code, status and the object store's status of the readiness group. */
	private String readiness() throws Exception {
		return readiness("minio");
	}

	/**
	 * Status code and status of the readiness group, and the status of one of its
	 * components.
	 */
	private String readiness(String component) throws Exception {
		java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(
						java.net.URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/health/readiness"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		tools.jackson.databind.JsonNode health = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(response.body());
		assertThat(health.path("components").propertyNames()).contains("db", "rabbit", "minio");
		return response.statusCode() + " " + health.path("status").asString() + ", " + component + " "
				+ health.path("components").path(component).path("status").asString();
	}

	private static CallRequest call(Tenant tenant, int count) {
		return CallRequest.answeredBy(tenant.agent(0))
			.withCount(count)
			.withTiming(Duration.ofSeconds(1), Duration.ofSeconds(1))
			.withRecording(1, "AVAILABLE", 2, 2_000_000L);
	}

	private long mediaDownloads(Tenant tenant) {
		return this.simulator.requests()
			.entries()
			.stream()
			.filter((entry) -> entry.path().startsWith("/media") && entry.status() == 200)
			.filter((entry) -> entry.organizationId() == null || tenant.orgId().equals(entry.organizationId()))
			.mapToLong(RequestCount::count)
			.sum();
	}

}
