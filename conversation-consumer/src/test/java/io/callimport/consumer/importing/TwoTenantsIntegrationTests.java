package io.callimport.consumer.importing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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
import io.callimport.consumer.ObjectStore;
import io.callimport.consumer.TestTenants;
import io.callimport.consumer.TestTenants.Tenant;
import io.callimport.model.message.CallReadyForAnalysis;
import io.callimport.model.messaging.MessagingTopology;
import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.model.settings.ClientSecret;
import io.callimport.model.settings.GenesysSettingsRepository.NewSettings;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.OAuthClientCredentials;
import io.callimport.simulator.control.OrganizationScenario;
import io.callimport.simulator.control.RequestCount;
import io.callimport.simulator.control.SimulatorControl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
@DirtiesContext
class TwoTenantsIntegrationTests {

	static final ConsumerServices services = ConsumerServices.create().with("consumer.retry.details-wait", "3s");

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
	void eachCallIsFetchedWithItsTenantsCredentialsAndStoredUnderItsTenant() throws Exception {
		SimulatorControl simulator = services.simulator().control();
		TestTenants tenants = new TestTenants(this.settings, this.jdbc, simulator);
		Broker broker = new Broker(this.rabbit);
		Tenant acme = tenants.create("acme", 2);
		Tenant globex = tenants.create("globex", 2);
		List<String> acmeCalls = simulator.createCalls(acme.orgId(), call(acme).withCount(4));
		List<String> globexCalls = simulator.createCalls(globex.orgId(), call(globex).withCount(3));

		for (int i = 0; i < 4; i++) {
			broker.publishEnded("acme", acmeCalls.get(i), acme.agent(0));
			if (i < 3) {
				broker.publishEnded("globex", globexCalls.get(i), globex.agent(0));
			}
		}

		await().atMost(Duration.ofSeconds(40)).until(() -> queued("acme") == 4 && queued("globex") == 3);
		assertThat(conversations("acme")).containsExactlyInAnyOrderElementsOf(acmeCalls);
		assertThat(conversations("globex")).containsExactlyInAnyOrderElementsOf(globexCalls);
		ObjectStore objects = ObjectStore.shared(services.bucket());
		assertThat(objects.list("acme/").keySet()).hasSize(4)
			.allSatisfy((key) -> assertThat(acmeCalls).anyMatch(key::contains));
		assertThat(objects.list("globex/").keySet()).hasSize(3)
			.allSatisfy((key) -> assertThat(globexCalls).anyMatch(key::contains));
		assertThat(clientsCalling(simulator, acme)).containsOnlyKeys(acme.clientId());
		assertThat(clientsCalling(simulator, globex)).containsOnlyKeys(globex.clientId());
		assertThat(clientsCalling(simulator, acme).get(acme.clientId())).isGreaterThanOrEqualTo(8);
		List<CallReadyForAnalysis> analysis = broker.drainAnalysis();
		assertThat(analysis).hasSize(7)
			.allSatisfy((message) -> assertThat(message.recordings())
				.allSatisfy((recording) -> assertThat(recording.objectKey()).startsWith(message.tenantId() + "/")));
	}

	@Test
	void messageNamingOneTenantNeverTouchesTheOthersData() throws Exception {
		SimulatorControl simulator = services.simulator().control();
		TestTenants tenants = new TestTenants(this.settings, this.jdbc, simulator);
		Broker broker = new Broker(this.rabbit);
		Tenant initech = tenants.create("initech", 1);
		Tenant umbrella = tenants.create("umbrella", 1);
		String initechCall = simulator.createCalls(initech.orgId(), call(initech)).get(0);
		broker.publishEnded("initech", initechCall, initech.agent(0));
		await().atMost(Duration.ofSeconds(30)).until(() -> queued("initech") == 1);
		String before = row("initech", initechCall);
		broker.drainAnalysis();

		broker.publishEnded("umbrella", initechCall, umbrella.agent(0));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> broker.drain(MessagingTopology.CONVERSATION_ENDED_PARKED_QUEUE)
				.stream()
				.map(Message::getMessageProperties)
				.anyMatch((properties) -> "CONVERSATION_NOT_FOUND"
					.equals(properties.getHeaders().get(MessagingTopology.REASON_CODE_HEADER))));
		assertThat(row("initech", initechCall)).isEqualTo(before);
		assertThat(ObjectStore.shared(services.bucket()).list("umbrella/")).isEmpty();
		assertThat(this.jdbc.sql("SELECT status FROM calls WHERE tenant_id = 'umbrella'").query(String.class).list())
			.containsExactly("FAILED");
		assertThat(clientsCalling(simulator, initech)).containsOnlyKeys(initech.clientId());
		assertThat(broker.drainAnalysis()).isEmpty();
	}

	@Test
	void changedSettingsAreUsedFromTheNextMessageOn() {
		SimulatorControl simulator = services.simulator().control();
		TestTenants tenants = new TestTenants(this.settings, this.jdbc, simulator);
		Broker broker = new Broker(this.rabbit);
		OAuthClientCredentials rotated = new OAuthClientCredentials("hooli-rotated-" + System.nanoTime(),
				"rotated-secret-0123456789");
		OrganizationScenario scenario = TestTenants.scenario("hooli", 1);
		List<OAuthClientCredentials> clients = new java.util.ArrayList<>(scenario.clients());
		clients.add(rotated);
		Tenant hooli = tenants.create("hooli", new OrganizationScenario(scenario.name(), clients, scenario.group(),
				null, null, null, null, null, null, null, null, 100_000, null, null, null, null));
		List<String> conversations = simulator.createCalls(hooli.orgId(), call(hooli).withCount(2));
		broker.publishEnded("hooli", conversations.get(0), hooli.agent(0));
		await().atMost(Duration.ofSeconds(30)).until(() -> queued("hooli") == 1);

		this.settings.save(new NewSettings("hooli", hooli.orgId(), "mypurecloud.com", rotated.clientId(),
				new ClientSecret(rotated.clientSecret()), hooli.organization().groupId(), null, null, null, null));
		broker.publishEnded("hooli", conversations.get(1), hooli.agent(0));

		await().atMost(Duration.ofSeconds(30)).until(() -> queued("hooli") == 2);
		assertThat(clientsCalling(simulator, hooli)).containsOnlyKeys(hooli.clientId(), rotated.clientId());
		assertThat(clientsCalling(simulator, hooli).get(rotated.clientId())).isGreaterThanOrEqualTo(2);
		broker.drainAnalysis();
	}

	private static CallRequest call(Tenant tenant) {
		return CallRequest.answeredBy(tenant.agent(0))
			.withTiming(Duration.ofSeconds(1), Duration.ofSeconds(1))
			.withRecording(1, "AVAILABLE", 1, 32_000L);
	}

	/** Requests to the organisation's API, by OAuth client. */
	private static Map<String, Long> clientsCalling(SimulatorControl simulator, Tenant tenant) {
		return simulator.requests()
			.entries()
			.stream()
			.filter((entry) -> tenant.orgId().equals(entry.organizationId()) && entry.path().startsWith("/api/"))
			.collect(java.util.stream.Collectors.groupingBy((entry) -> String.valueOf(entry.clientId()),
					java.util.stream.Collectors.summingLong(RequestCount::count)));
	}

	/** The whole row as text, so it compares by value. */
	private String row(String tenant, String conversation) {
		return this.jdbc.sql("SELECT c::text FROM calls c WHERE tenant_id = :t AND conversation_id = :c")
			.param("t", tenant)
			.param("c", conversation)
			.query(String.class)
			.single();
	}

	private long queued(String tenant) {
		return this.jdbc.sql("SELECT count(*) FROM calls WHERE tenant_id = :t AND status = 'QUEUED_FOR_ANALYSIS'")
			.param("t", tenant)
			.query(Long.class)
			.single();
	}

	private List<String> conversations(String tenant) {
		return this.jdbc.sql("SELECT conversation_id FROM calls WHERE tenant_id = :t")
			.param("t", tenant)
			.query(String.class)
			.list();
	}

}
