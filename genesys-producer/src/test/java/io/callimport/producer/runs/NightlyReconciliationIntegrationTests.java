package io.callimport.producer.runs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.callimport.model.messaging.MessagingTopology;
import io.callimport.producer.AdminApiClient;
import io.callimport.producer.MessageTap;
import io.callimport.producer.ProducerApplication;
import io.callimport.producer.ProducerServices;
import io.callimport.producer.SimulatedTenant;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.FaultSettings;
import io.callimport.simulator.control.GroundTruthConversation;
import io.callimport.simulator.control.SimulatorControl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The nightly safety net end to end, with the consumer importing: a day of traffic on 8
 * group agents (200 calls that happened while no socket saw them, then 100 live calls
 * while the simulator drops 10% of the websocket events), plus calls of users outside the
 * group, chats, and calls older than the window. After the nightly job has run once, the
 * calls table holds exactly Genesys' ground truth of the window, every conversation was
 * published once, and the run record's figures are what happened (Genesys requests
 * counted on the simulator's side).
 */
@SpringBootTest(classes = ProducerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class NightlyReconciliationIntegrationTests {

	static final String TENANT = "nightly";

	static final ImportStack stack = ImportStack.get();

	static final ProducerServices services = ProducerServices.create(TENANT, stack.database(), stack.broker())
		.with("reconciliation.settle-time", "3s")
		.with("reconciliation.poll-interval", "500ms")
		.with("reconciliation.jobs.poll-interval", "200ms");

	static final SimulatedTenant genesys = SimulatedTenant.create(services.simulator().control(),
			SimulatedTenant.scenario("Speech Analytics", 8, 6).withLags(Duration.ofSeconds(1), Duration.ofSeconds(1)));

	static final List<MessageTap> taps = new ArrayList<>();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		services.registerWith(registry);
	}

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	Scheduler scheduler;

	@Autowired
	MeterRegistry meters;

	SimulatorControl simulator = services.simulator().control();

	@AfterAll
	static void closeTaps() {
		taps.forEach(MessageTap::close);
	}

	@Test
	void oneNightlyRunLeavesExactlyTheGroundTruthOfItsWindowImportedOnce() throws Exception {
		stack.awaitConsumer();
		MessageTap ended = tap(MessagingTopology.CONVERSATIONS_EXCHANGE, "#");
		MessageTap analysed = tap(MessagingTopology.ANALYSIS_EXCHANGE, MessagingTopology.CALL_READY_ROUTING_KEY);
		AdminApiClient api = new AdminApiClient(this.port, ProducerServices.ADMIN_TOKEN);
		assertThat(api.put("/api/v1/tenants/" + TENANT + "/genesys-settings", genesys.settingsJson()).status())
			.isEqualTo(201);
		await().atMost(Duration.ofSeconds(30)).until(this::watching);

		Instant now = Instant.now();
		TrafficDay.historic(this.simulator, genesys, now);
		Instant lastLiveEnd = liveTrafficWithDroppedEvents();
		await().atMost(Duration.ofSeconds(20)).until(() -> Instant.now().isAfter(lastLiveEnd.plusSeconds(5)));

		long requestsBefore = listingRequests();
		this.scheduler.triggerJob(NightlySchedule.JOB);
		JsonNode run = awaitNightlyRun(api);
		Set<String> expected = groundTruth(Instant.parse(run.path("from").asString()),
				Instant.parse(run.path("to").asString()));
		await().atMost(Duration.ofSeconds(120)).until(() -> stack.importedCalls(TENANT).containsAll(expected));
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(10))
			.until(() -> stack.jdbc()
				.sql("SELECT count(*) FROM calls WHERE tenant_id = :t AND status <> 'PENDING'")
				.param("t", TENANT)
				.query(Long.class)
				.single() == expected.size());

		Map<String, Long> sources = ended.distinctCountBy(TENANT, (m) -> m.path("source").asString());
		System.out.printf("Nightly run: %s%n  expected %d conversations, messages by source %s%n", run, expected.size(),
				sources);
		assertThat(stack.allCalls(TENANT)).as("calls table").containsExactlyInAnyOrderElementsOf(expected);
		assertThat(ended.messageIdsByConversation(TENANT)).as("ConversationEnded message ids per conversation")
			.containsOnlyKeys(expected)
			.allSatisfy((conversation, ids) -> assertThat(ids).hasSize(1));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> analysed.messageIdsByConversation(TENANT).keySet().containsAll(expected));
		assertThat(analysed.messageIdsByConversation(TENANT)).containsOnlyKeys(expected)
			.allSatisfy((conversation, ids) -> assertThat(ids).hasSize(1));
		assertFigures(run, expected, sources, listingRequests() - requestsBefore);
	}

	private void assertFigures(JsonNode run, Set<String> expected, Map<String, Long> sources, long listingRequests) {
		assertThat(run.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(run.path("kind").asString()).isEqualTo("NIGHTLY");
		assertThat(
				Duration.between(Instant.parse(run.path("from").asString()), Instant.parse(run.path("to").asString())))
			.isEqualTo(Duration.ofHours(25));
		assertThat(run.path("windowsTotal").asInt()).isEqualTo(2);
		assertThat(run.path("windowsDone").asInt()).isEqualTo(2);
		assertThat(run.path("found").asInt()).isEqualTo(expected.size());
		assertThat(run.path("requeued").asLong()).isEqualTo(sources.get("RECONCILIATION")).isGreaterThan(200);
		assertThat(run.path("alreadyImported").asLong() + run.path("inFlight").asLong())
			.isEqualTo(sources.get("WEBSOCKET"));
		assertThat(run.path("failed").asInt()).isZero();
		// the simulator's count: the analytics listing, plus one page of group members
		// per window
		assertThat(run.path("genesysRequests").asLong()).isEqualTo(listingRequests + 2);
		assertThat(counter("callimport.reconciliation.missing", "nightly", null))
			.isEqualTo(run.path("requeued").asDouble());
		assertThat(counter("callimport.reconciliation.runs", "nightly", "succeeded")).isEqualTo(1);
		Timer background = this.meters.find("genesys.budget.wait").tag("lane", "BACKGROUND").timer();
		Timer live = this.meters.find("genesys.budget.wait").tag("lane", "LIVE").timer();
		System.out.printf("Budget lanes: BACKGROUND %d request(s), LIVE %d request(s) (max wait %.1f ms)%n",
				background.count(), live.count(), live.max(java.util.concurrent.TimeUnit.MILLISECONDS));
		assertThat(background.count()).isEqualTo(allRunRequests());
		assertThat(live.count()).isPositive();
	}

	/**
	 * 100 live calls (and some outside the group and chats) with 10% of events dropped.
	 */
	private Instant liveTrafficWithDroppedEvents() {
		this.simulator.setOrganizationFaults(genesys.organizationId(), FaultSettings.none().withEventDropRate(0.1));
		Instant started = Instant.now();
		List<String> live = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			live.addAll(this.simulator.createCalls(genesys.organizationId(),
					TrafficDay.small(CallRequest.answeredBy(genesys.agent(i % 8)))
						.withTiming(Duration.ofMillis(1000 + 80L * i), Duration.ofMillis(200))));
		}
		for (int i = 0; i < 6; i++) {
			live.addAll(this.simulator.createCalls(genesys.organizationId(),
					TrafficDay.small(CallRequest.answeredBy(genesys.outsider(i))
						.withTiming(Duration.ofMillis(1500 + 300L * i), Duration.ofMillis(200)))));
			live.addAll(this.simulator.createCalls(genesys.organizationId(),
					CallRequest.answeredBy(genesys.agent(i))
						.asChat()
						.withTiming(Duration.ofMillis(1500 + 300L * i), Duration.ofMillis(200))));
		}
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.simulator.groundTruth(genesys.organizationId(), started, null, false, false)
				.conversationIds()
				.containsAll(live));
		this.simulator.clearOrganizationFaults(genesys.organizationId());
		return this.simulator.groundTruth(genesys.organizationId(), started, null, false, false)
			.conversations()
			.stream()
			.map(GroundTruthConversation::endedAt)
			.max(Instant::compareTo)
			.orElseThrow();
	}

	private JsonNode awaitNightlyRun(AdminApiClient api) {
		String path = "/api/v1/tenants/" + TENANT + "/reconciliations?kind=NIGHTLY";
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			JsonNode runs = api.get(path).json().path("content");
			return runs.size() == 1 && !"PENDING".equals(runs.get(0).path("status").asString())
					&& !"RUNNING".equals(runs.get(0).path("status").asString());
		});
		return api.get(path).json().path("content").get(0);
	}

	/** Group agents' voice conversations that ended in the window. */
	private Set<String> groundTruth(Instant from, Instant to) {
		return this.simulator.groundTruth(genesys.organizationId(), from, to, true, false)
			.conversations()
			.stream()
			.filter((conversation) -> conversation.mediaType().equals("voice"))
			.map(GroundTruthConversation::conversationId)
			.collect(Collectors.toSet());
	}

	private long allRunRequests() {
		return stack.jdbc()
			.sql("SELECT coalesce(sum(genesys_requests), 0) FROM reconciliation_runs WHERE tenant_id = :t")
			.param("t", TENANT)
			.query(Long.class)
			.single();
	}

	/** Requests of this organisation to the analytics listing (query and jobs) so far. */
	private long listingRequests() {
		return this.simulator.requests()
			.entries()
			.stream()
			.filter((entry) -> genesys.organizationId().equals(entry.organizationId())
					&& entry.path().startsWith("/api/v2/analytics/conversations/details/"))
			.mapToLong(io.callimport.simulator.control.RequestCount::count)
			.sum();
	}

	private double counter(String name, String kind, String outcome) {
		var search = this.meters.find(name).tag("kind", kind);
		if (outcome != null) {
			search = search.tag("outcome", outcome);
		}
		return search.counters().stream().mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
	}

	private boolean watching() {
		JsonNode readiness = new AdminApiClient(this.managementPort, null).get("/actuator/health/readiness").json();
		JsonNode details = readiness.path("components").path("notification").path("details");
		return "active".equalsIgnoreCase(details.path("role").asString()) && details.path("live").asBoolean();
	}

	private static MessageTap tap(String exchange, String routingKey) {
		MessageTap tap = MessageTap.on(stack.broker(), exchange, routingKey);
		taps.add(tap);
		return tap;
	}

}
