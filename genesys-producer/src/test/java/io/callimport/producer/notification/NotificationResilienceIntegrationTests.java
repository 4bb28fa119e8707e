package io.callimport.producer.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import io.callimport.simulator.control.FaultSettings;
import io.callimport.simulator.control.SimulatorControl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Seven agents on channels of at most three topics (the simulator enforces the same
 * limit), tokens that live 20 s (so channels are renewed for new tokens during the run),
 * and during traffic: an abrupt socket drop, {@code socket_closing}, and channel expiry
 * while Genesys answers every request with an error, so that calls end unseen. Every call
 * still yields exactly one message: live, or through the healing of the gap.
 */
@SpringBootTest(classes = ProducerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class NotificationResilienceIntegrationTests {

	static final ProducerServices services = ProducerServices.create("resilience")
		.with("notification.topics-per-channel", "3")
		.with("notification.subscribe-batch-size", "2");

	static final SimulatedTenant genesys = SimulatedTenant.create(services.simulator().control(),
			SimulatedTenant.scenario("Agents", 7, 0)
				.withLimits(3, 20, 100_000)
				.withLifetimes(Duration.ofSeconds(20), null, Duration.ofSeconds(1)));

	static EndedQueue ended;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		services.registerWith(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	SimulatorControl simulator = services.simulator().control();

	@AfterAll
	static void closeQueue() {
		if (ended != null) {
			ended.close();
		}
	}

	@Test
	void everyCallYieldsOneMessageThroughDropsClosingsExpiriesAndAnOutage() {
		ended = new EndedQueue(services.broker(), services.tenantId());
		AdminApiClient api = new AdminApiClient(this.port, ProducerServices.ADMIN_TOKEN);
		assertThat(api.put("/api/v1/tenants/resilience/genesys-settings", genesys.settingsJson()).status())
			.isEqualTo(201);
		await().atMost(Duration.ofSeconds(30)).until(() -> connected().size() == 3);
		assertThat(connected()).allSatisfy((channel) -> assertThat(channel.topics()).hasSizeLessThanOrEqualTo(3));
		assertThat(connected().stream().flatMap((channel) -> channel.topics().stream()).collect(Collectors.toSet()))
			.hasSize(7);

		List<String> conversations = staggeredCalls(30);
		awaitMessages(conversations, 3);
		this.simulator.disconnectSockets(genesys.organizationId(), true);
		awaitMessages(conversations, 8);
		this.simulator.sendSocketClosing(genesys.organizationId(), Duration.ofSeconds(1));
		awaitMessages(conversations, 13);
		outageWhileCallsEnd(conversations);

		await().atMost(Duration.ofSeconds(60)).until(() -> received(conversations).size() == conversations.size());
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(8))
			.until(() -> ended.messagesFor(conversations).size() == conversations.size());
		List<ConversationEnded> messages = ended.messagesFor(conversations);
		Map<CallSource, Long> sources = messages.stream()
			.collect(Collectors.groupingBy(ConversationEnded::source, Collectors.counting()));
		System.out.printf("Resilience: %d calls, messages by source %s, reconnects by reason %s, gaps %s%n",
				conversations.size(), sources, reconnects(), gaps());
		assertThat(sources.get(CallSource.RECONCILIATION)).isNotNull().isPositive();
		assertThat(reconnects()).containsKeys("failure", "socket_closing");
		assertThat(healedGapRuns()).isPositive();
	}

	private void outageWhileCallsEnd(List<String> conversations) {
		this.simulator.setOrganizationFaults(genesys.organizationId(), FaultSettings.none().withErrorRate(1.0));
		Instant expiredAt = Instant.now();
		try {
			this.simulator.expireChannels(genesys.organizationId());
			await().atMost(Duration.ofSeconds(20)).until(() -> endedSince(expiredAt, conversations) >= 3);
		}
		finally {
			this.simulator.clearOrganizationFaults(genesys.organizationId());
		}
	}

	private List<ChannelView> connected() {
		return this.simulator.channels(genesys.organizationId()).stream().filter(ChannelView::connected).toList();
	}

	private void awaitMessages(List<String> conversations, int count) {
		await().atMost(Duration.ofSeconds(30)).until(() -> received(conversations).size() >= count);
	}

	private Set<String> received(List<String> conversations) {
		return new HashSet<>(ended.messagesFor(conversations).stream().map(ConversationEnded::conversationId).toList());
	}

	/** Calls ending one every 250 ms, every fifth transferred to the next agent. */
	private List<String> staggeredCalls(int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			CallRequest call = CallRequest.answeredBy(genesys.agent(i % 7))
				.withTiming(Duration.ofMillis(1000 + 250L * i), Duration.ofMillis(200));
			if (i % 5 == 4) {
				call = call.withTransferTo(genesys.agent((i + 1) % 7), 1);
			}
			ids.addAll(this.simulator.createCalls(genesys.organizationId(), call));
		}
		return ids;
	}

	private long endedSince(Instant since, List<String> conversations) {
		return this.simulator.groundTruth(genesys.organizationId(), since, null, true, false)
			.conversationIds()
			.stream()
			.filter(conversations::contains)
			.count();
	}

	private Map<String, Double> reconnects() {
		return this.meters.find("callimport.websocket.reconnects")
			.counters()
			.stream()
			.collect(Collectors.toMap((counter) -> counter.getId().getTag("reason"), Counter::count, Double::sum));
	}

	private List<Map<String, Object>> gaps() {
		return this.jdbc.sql("""
				SELECT g.reason, g.ended_at - g.started_at AS length, r.status, r.found, r.requeued
				FROM notification_gaps g LEFT JOIN reconciliation_runs r ON r.id = g.heal_run_id ORDER BY g.started_at
				""").query().listOfRows();
	}

	private long healedGapRuns() {
		return this.jdbc.sql("""
				SELECT count(*) FROM notification_gaps g JOIN reconciliation_runs r ON r.id = g.heal_run_id
				WHERE g.healed_at IS NOT NULL AND r.kind = 'GAP' AND r.status = 'SUCCEEDED'
				""").query(Long.class).single();
	}

}
