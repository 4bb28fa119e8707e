package io.callimport.simulator.notification;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.NotificationsApi;
import com.mypurecloud.sdk.v2.model.Channel;
import com.mypurecloud.sdk.v2.model.ChannelTopic;
import io.callimport.simulator.GenesysCloudSimulator;
import io.callimport.simulator.SimulatorClients;
import io.callimport.simulator.SocketRecorder;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.FaultSettings;
import io.callimport.simulator.control.GroundTruthConversation;
import io.callimport.simulator.control.OrganizationScenario;
import io.callimport.simulator.control.OrganizationState;
import io.callimport.simulator.control.SimulatorControl;
import io.callimport.simulator.web.GenesysMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The channel websocket with a real client: heartbeats, ping, subscriptions, limits,
 * planned and abrupt closes, expiry and dropped events.
 */
class ChannelWebSocketIntegrationTests {

	private static GenesysCloudSimulator genesys;

	private static SimulatorControl control;

	@BeforeAll
	static void simulator() {
		genesys = GenesysCloudSimulator.shared();
		control = genesys.control();
	}

	@Test
	void sendsHeartbeatsAtTheConfiguredInterval() throws Exception {
		Tenant tenant = tenant();
		SocketRecorder socket = SocketRecorder.connect(tenant.channel().getConnectUri());

		await().atMost(Duration.ofSeconds(5)).until(() -> socket.count("WebSocket Heartbeat") >= 3);

		assertThat(socket.frames.get(0))
			.isEqualTo("{\"topicName\":\"channel.metadata\",\"eventBody\":{\"message\":\"WebSocket Heartbeat\"}}");
		socket.close();
	}

	@Test
	void answersAPingWithAPong() throws Exception {
		Tenant tenant = tenant();
		SocketRecorder socket = SocketRecorder.connect(tenant.channel().getConnectUri());
		await().until(() -> socket.open);

		socket.send("{\"message\":\"ping\"}");

		await().atMost(Duration.ofSeconds(5))
			.until(() -> socket.frames
				.contains("{\"topicName\":\"channel.metadata\",\"eventBody\":{\"message\":\"pong\"}}"));
		socket.close();
	}

	@Test
	void deliversEventsOnlyForSubscribedTopics() throws Exception {
		Tenant tenant = tenant();
		String watched = tenant.org().agentUserIds().get(0);
		String other = tenant.org().agentUserIds().get(1);
		tenant.subscribe("v2.users." + watched + ".conversations.calls", "v2.users." + watched + ".conversations");
		SocketRecorder socket = tenant.connect();

		String watchedCall = control.createCalls(tenant.orgId(), shortCall(watched)).get(0);
		String otherCall = control.createCalls(tenant.orgId(), shortCall(other)).get(0);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> socket.count(watchedCall) >= 2 && socket.count("\"terminated\"") >= 1);

		assertThat(socket.frames).noneMatch((frame) -> frame.contains(otherCall));
		assertThat(socket.count("\"topicName\":\"v2.users." + watched + ".conversations.calls\"")).isPositive();
		assertThat(socket.count("\"topicName\":\"v2.users." + watched + ".conversations\"")).isPositive();
		socket.close();
	}

	@Test
	void followsATransferredCallThroughEveryStateOfBothAgents() throws Exception {
		Tenant tenant = tenant();
		String first = tenant.org().agentUserIds().get(0);
		String second = tenant.org().agentUserIds().get(1);
		tenant.subscribe("v2.users." + first + ".conversations.calls", "v2.users." + second + ".conversations.calls");
		SocketRecorder socket = tenant.connect();

		String conversationId = control
			.createCalls(tenant.orgId(),
					CallRequest.answeredBy(first)
						.withTransferTo(second, 2)
						.withTiming(Duration.ofMillis(1200), Duration.ofMillis(300)))
			.get(0);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> states(socket, conversationId, first).contains("terminated")
					&& states(socket, conversationId, second).contains("terminated"));

		assertThat(states(socket, conversationId, first)).containsSubsequence("alerting", "connected",
				"disconnected:transfer", "terminated");
		assertThat(states(socket, conversationId, second)).doesNotContain("disconnected:transfer")
			.containsSubsequence("alerting", "connected", "disconnected:peer", "terminated");
		socket.close();
	}

	/**
	 * The distinct states of one user's participant, in the order the events showed them.
	 */
	private static List<String> states(SocketRecorder socket, String conversationId, String userId) throws Exception {
		List<String> states = new java.util.ArrayList<>();
		for (String frame : socket.frames) {
			JsonNode body = GenesysMapper.get().readTree(frame).path("eventBody");
			if (!conversationId.equals(body.path("id").asText())) {
				continue;
			}
			for (JsonNode participant : body.path("participants")) {
				if (userId.equals(participant.path("user").path("id").asText())) {
					String state = participant.path("state").asText();
					String type = participant.path("disconnectType").asText("");
					String seen = state.equals("disconnected") ? state + ":" + type : state;
					if (states.isEmpty() || !states.get(states.size() - 1).equals(seen)) {
						states.add(seen);
					}
				}
			}
		}
		return states;
	}

	@Test
	void announcesAPlannedCloseWithSocketClosingThenCloses() throws Exception {
		Tenant tenant = tenant();
		SocketRecorder socket = tenant.connect();

		int announced = control.sendSocketClosing(tenant.orgId(), Duration.ofMillis(300));

		await().atMost(Duration.ofSeconds(5)).until(() -> socket.closeCode.get() == 1001);
		assertThat(announced).isEqualTo(1);
		assertThat(socket.frames).anyMatch((frame) -> frame.startsWith("{\"topicName\":\"v2.system.socket_closing\""));
	}

	@Test
	void dropsTheFirstSocketWhenASecondConnectsToTheChannel() throws Exception {
		Tenant tenant = tenant();
		SocketRecorder first = tenant.connect();
		SocketRecorder second = SocketRecorder.connect(tenant.channel().getConnectUri());

		await().atMost(Duration.ofSeconds(5)).until(() -> first.closeCode.get() != -1);
		int heartbeatsBefore = (int) second.count("Heartbeat");
		await().atMost(Duration.ofSeconds(5)).until(() -> second.count("Heartbeat") > heartbeatsBefore);

		assertThat(first.closeCode.get()).isEqualTo(1008);
		assertThat(second.closeCode.get()).isEqualTo(-1);
		second.close();
	}

	@Test
	void refusesMoreTopicsThanTheChannelLimitAndKeepsTheOldOnes() throws Exception {
		Tenant tenant = tenant();
		List<String> agents = tenant.org().agentUserIds();
		tenant.subscribe("v2.users." + agents.get(0) + ".conversations");

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> tenant.notifications()
				.postNotificationsChannelSubscriptions(tenant.channel().getId(),
						agents.subList(1, 4).stream().map((id) -> topic("v2.users." + id + ".conversations")).toList(),
						null))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400))
			.satisfies((ex) -> assertThat(ex.getRawBody()).contains("exceeds the maximum of 3"));
		assertThat(tenant.notifications().getNotificationsChannelSubscriptions(tenant.channel().getId()).getEntities())
			.extracting(ChannelTopic::getId)
			.containsExactly("v2.users." + agents.get(0) + ".conversations");
	}

	@Test
	void evictsTheOldestIdleChannelWhenTheClientExceedsItsLimit() throws Exception {
		Tenant tenant = tenant();
		SocketRecorder busy = tenant.connect();
		Channel idle = tenant.notifications().postNotificationsChannels();

		Channel third = tenant.notifications().postNotificationsChannels();

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> tenant.notifications().headNotificationsChannel(idle.getId()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404));
		assertThat(
				tenant.notifications().headNotificationsChannelWithHttpInfo(tenant.channel().getId()).getStatusCode())
			.isEqualTo(200);
		assertThat(tenant.notifications().headNotificationsChannelWithHttpInfo(third.getId()).getStatusCode())
			.isEqualTo(200);
		assertThat(busy.closeCode.get()).isEqualTo(-1);
		busy.close();
	}

	@Test
	void dropsEventsWhenToldAndCountsThemInGroundTruth() throws Exception {
		Tenant tenant = tenant();
		String agent = tenant.org().agentUserIds().get(2);
		tenant.subscribe("v2.users." + agent + ".conversations.calls");
		SocketRecorder socket = tenant.connect();
		control.setOrganizationFaults(tenant.orgId(), FaultSettings.none().withEventDropRate(1.0));

		String conversationId = control.createCalls(tenant.orgId(), shortCall(agent)).get(0);
		GroundTruthConversation truth = await().atMost(Duration.ofSeconds(10))
			.until(() -> control.groundTruth(tenant.orgId(), null, null, true, false)
				.conversations()
				.stream()
				.filter((c) -> c.conversationId().equals(conversationId) && c.eventsDropped() >= 4)
				.findFirst()
				.orElse(null), java.util.Objects::nonNull);

		assertThat(truth.eventsPublished()).isZero();
		assertThat(socket.frames).noneMatch((frame) -> frame.contains(conversationId));
		socket.close();
	}

	@Test
	void dropsTheConnectionAbruptlyWithoutACloseFrame() throws Exception {
		Tenant tenant = tenant();
		SocketRecorder socket = tenant.connect();

		int dropped = control.disconnectSockets(tenant.orgId(), true);

		await().atMost(Duration.ofSeconds(5)).until(() -> socket.failure.get() != null);
		assertThat(dropped).isEqualTo(1);
		assertThat(socket.closeCode.get()).isEqualTo(-1);
		await().until(() -> control.channels(tenant.orgId()).stream().noneMatch((c) -> c.connected()));
	}

	@Test
	void expiresAChannelAtTheEndOfItsLifetimeUnlessResubscribed() throws Exception {
		Tenant tenant = tenant(Duration.ofSeconds(2));
		Channel renewed = tenant.notifications().postNotificationsChannels();
		SocketRecorder socket = tenant.connect();
		String topic = "v2.users." + tenant.org().agentUserIds().get(0) + ".conversations";

		for (int n = 0; n < 4; n++) {
			long stamp = System.nanoTime();
			await().until(() -> System.nanoTime() - stamp > 500_000_000L);
			tenant.notifications().putNotificationsChannelSubscriptions(renewed.getId(), List.of(topic(topic)), null);
		}

		await().atMost(Duration.ofSeconds(5)).until(() -> socket.closeCode.get() == 1000);
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> tenant.notifications().headNotificationsChannel(tenant.channel().getId()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404));
		assertThat(tenant.notifications().headNotificationsChannelWithHttpInfo(renewed.getId()).getStatusCode())
			.isEqualTo(200);
	}

	@Test
	void refusesASocketForAnUnknownChannel() {
		SocketRecorder socket = SocketRecorder
			.connect(genesys.baseUrl().replace("http", "ws") + "/channels/streaming-0-unknown");

		await().atMost(Duration.ofSeconds(5)).until(() -> socket.failure.get() != null);
		assertThat(socket.handshakeStatus.get()).isEqualTo(404);
	}

	private static CallRequest shortCall(String agent) {
		return CallRequest.answeredBy(agent).withTiming(Duration.ofMillis(400), Duration.ofMillis(100));
	}

	private static ChannelTopic topic(String id) {
		return new ChannelTopic().id(id);
	}

	private static Tenant tenant() throws Exception {
		return tenant(Duration.ofHours(24));
	}

	private static Tenant tenant(Duration channelLifetime) throws Exception {
		String id = "ws-" + UUID.randomUUID();
		OrganizationState org = control.putOrganization(id,
				OrganizationScenario.of(id + "-client", "secret", "Agents", 5)
					.withLifetimes(null, channelLifetime, Duration.ofMillis(300))
					.withLimits(3, 2, 300));
		NotificationsApi notifications = new NotificationsApi(SimulatorClients.sdk(genesys.baseUrl(),
				SimulatorClients.token(genesys.baseUrl(), id + "-client", "secret")));
		return new Tenant(id, org, notifications, notifications.postNotificationsChannels());
	}

	private record Tenant(String orgId, OrganizationState org, NotificationsApi notifications, Channel channel) {

		void subscribe(String... topics) throws Exception {
			this.notifications.putNotificationsChannelSubscriptions(this.channel.getId(),
					java.util.Arrays.stream(topics).map(ChannelWebSocketIntegrationTests::topic).toList(), null);
		}

		SocketRecorder connect() {
			SocketRecorder socket = SocketRecorder.connect(this.channel.getConnectUri());
			await().until(() -> control.channels(this.orgId)
				.stream()
				.anyMatch((c) -> c.channelId().equals(this.channel.getId()) && c.connected()));
			return socket;
		}

	}

}
