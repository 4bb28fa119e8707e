package io.callimport.producer.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.GenesysClients;
import io.callimport.genesys.GenesysCredentials;
import io.callimport.genesys.GenesysProperties;
import io.callimport.model.settings.ClientSecret;
import io.callimport.producer.FlowContext;
import io.callimport.producer.detection.DetectedEnds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A notification socket (real HTTP and websocket, against a fake Genesys) that receives
 * frames which are not JSON, lack a topic, name an unknown topic, concern a user outside
 * the group or have a broken body: each is counted and logged, the socket stays live, and
 * a good event after them still yields its message.
 */
class BadFramesIntegrationTests extends FlowContext {

	@Autowired
	NotificationSessions sessions;

	@Autowired
	MeterRegistry meters;

	@Autowired
	DetectedEnds ends;

	@Test
	void badFramesAreCountedAndIgnoredAndTheSocketStaysLive() throws Exception {
		ensureWatching();
		String agent = genesys.agent(0);
		String conversation = UUID.randomUUID().toString();
		double malformed = events("malformed");
		double unknownTopic = events("unknown_topic");
		double unknownUser = events("unknown_user");
		List<String> frames = List.of("this is not json", "{\"eventBody\":{}}",
				"{\"topicName\":\"v2.routing.queues.q1.conversations\",\"eventBody\":{}}",
				callEvent(UUID.randomUUID().toString(), UUID.randomUUID().toString()),
				"{\"topicName\":\"v2.users." + agent + ".conversations.calls\",\"eventBody\":\"oops\"}",
				"{\"topicName\":\"v2.users." + agent + ".conversations.calls\",\"eventBody\":{\"participants\":[]}}",
				callEvent(agent, conversation));

		try (FakeNotificationServer server = new FakeNotificationServer(frames);
				GenesysClients clients = new GenesysClients(properties(server.baseUrl()), this.meters)) {
			GenesysClient client = clients.forTenant(TENANT,
					new GenesysCredentials("mypurecloud.com", "fake-client", new ClientSecret("fake-secret")));
			NotificationSession session = this.sessions.open(client, () -> {
			});
			session.assign(Set.of(agent));
			await().atMost(Duration.ofSeconds(10)).until(() -> {
				session.maintain();
				return ended().messagesFor(List.of(conversation)).size() == 1;
			});

			assertThat(events("malformed") - malformed).isEqualTo(4);
			assertThat(events("unknown_topic") - unknownTopic).isEqualTo(1);
			assertThat(events("unknown_user") - unknownUser).isEqualTo(1);
			session.maintain();
			assertThat(session.isLive()).isTrue();
			session.close();
			await().atMost(Duration.ofSeconds(5)).until(server::clientClosed);
		}
	}

	@Test
	void aCallEndWithAMalformedConversationIdIsParkedAndLaterCallsArePublished() throws Exception {
		ensureWatching();
		String agent = genesys.agent(1);
		String notAnId = "not-a-conversation-id-" + UUID.randomUUID();
		String withNul = "nul\\u0000" + UUID.randomUUID();
		List<String> good = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
		List<String> frames = List.of(callEvent(agent, notAnId), callEvent(agent, withNul),
				callEvent(agent, good.get(0)), callEvent(agent, good.get(1)));

		try (FakeNotificationServer server = new FakeNotificationServer(frames);
				GenesysClients clients = new GenesysClients(properties(server.baseUrl()), this.meters)) {
			GenesysClient client = clients.forTenant(TENANT,
					new GenesysCredentials("mypurecloud.com", "fake-client", new ClientSecret("fake-secret")));
			NotificationSession session = this.sessions.open(client, () -> {
			});
			session.assign(Set.of(agent));
			await().atMost(Duration.ofSeconds(10)).until(() -> {
				session.maintain();
				return ended().messagesFor(good).size() == 2;
			});
			session.close();
		}

		assertThat(ended().messagesFor(List.of(notAnId))).isEmpty();
		assertThat(this.ends.oldestUnsaved()).as("nothing left waiting for the database").isEmpty();
		JsonNode failures = this.api.get("/api/v1/tenants/" + TENANT + "/failures?status=OPEN").json().path("content");
		List<JsonNode> parked = new ArrayList<>();
		failures.forEach((failure) -> {
			if ("INVALID_CONVERSATION_ID".equals(failure.path("reasonCode").asString())) {
				parked.add(failure);
			}
		});
		assertThat(parked).extracting((failure) -> failure.path("conversationId").asString())
			.as("the NUL shown escaped")
			.contains(notAnId, withNul);
		assertThat(parked).allSatisfy((failure) -> assertThat(failure.path("reason").asString()).contains(agent));
	}

	@Test
	void aConnectUriOutsideTheAllowedHostsIsRefusedCountedAndNeverOpened() throws Exception {
		ensureWatching();
		double refused = refusedSockets();

		try (FakeNotificationServer server = new FakeNotificationServer(List.of(),
				"ws://169.254.169.254/channels/bad-frames");
				GenesysClients clients = new GenesysClients(properties(server.baseUrl()), this.meters)) {
			GenesysClient client = clients.forTenant(TENANT,
					new GenesysCredentials("mypurecloud.com", "fake-client", new ClientSecret("fake-secret")));
			NotificationSession session = this.sessions.open(client, () -> {
			});
			session.assign(Set.of(genesys.agent(0)));
			await().atMost(Duration.ofSeconds(10)).until(() -> {
				session.maintain();
				return refusedSockets() > refused;
			});

			assertThat(session.isLive()).isFalse();
			assertThat(server.socketRequests()).isZero();
			session.close();
		}
	}

	private double refusedSockets() {
		return this.meters.find("callimport.websocket.refused")
			.counters()
			.stream()
			.mapToDouble((counter) -> counter.count())
			.sum();
	}

	private double events(String outcome) {
		return this.meters.find("callimport.notification.events")
			.tag("outcome", outcome)
			.counters()
			.stream()
			.mapToDouble((counter) -> counter.count())
			.sum();
	}

	private static String callEvent(String userId, String conversationId) {
		return """
				{"topicName":"v2.users.%1$s.conversations.calls","version":"2","eventBody":{"id":"%2$s","participants":[
				 {"id":"p1","purpose":"customer","state":"disconnected","endTime":"2026-11-24T10:00:05.000Z"},
				 {"id":"p2","purpose":"agent","user":{"id":"%1$s"},"state":"disconnected","disconnectType":"peer",
				  "endTime":"2026-11-24T10:00:05.000Z"}]},"metadata":{"CorrelationId":"c1"}}
				""".formatted(userId, conversationId).replace("\n", "");
	}

	private static GenesysProperties properties(String baseUrl) {
		GenesysProperties defaults = GenesysProperties.defaults();
		return new GenesysProperties(java.net.URI.create(baseUrl), java.net.URI.create(baseUrl),
				defaults.tokenRenewalMargin(), defaults.budget(), defaults.retry(), defaults.timeouts(),
				defaults.websocket());
	}

}
