package io.callimport.genesys;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.callimport.genesys.budget.BudgetSettings;
import io.callimport.genesys.egress.UriRefusedException;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.retry.RetrySettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The notification websocket helper: connects to a channel's connectUri without a token,
 * carries frames both ways and stays open while quiet.
 */
class NotificationSocketTests {

	private final MockWebServer server = new MockWebServer();

	private final List<String> serverReceived = new CopyOnWriteArrayList<>();

	private final List<String> clientReceived = new CopyOnWriteArrayList<>();

	private final AtomicBoolean clientFailed = new AtomicBoolean();

	private final AtomicBoolean clientOpen = new AtomicBoolean();

	private GenesysClients clients;

	@AfterEach
	void close() {
		if (this.clients != null) {
			this.clients.close();
		}
		this.server.close();
	}

	@Test
	void opensTheChannelSocketWithoutATokenAndStaysOpenWhileQuiet() throws Exception {
		this.server.enqueue(new MockResponse.Builder().webSocketUpgrade(new WebSocketListener() {
			@Override
			public void onOpen(WebSocket socket, Response response) {
				socket.send("{\"topicName\":\"channel.metadata\",\"eventBody\":{\"message\":\"WebSocket Heartbeat\"}}");
			}

			@Override
			public void onMessage(WebSocket socket, String text) {
				NotificationSocketTests.this.serverReceived.add(text);
			}

			@Override
			public void onClosing(WebSocket socket, int code, String reason) {
				socket.close(code, reason);
			}
		}).build());
		this.server.start();
		GenesysClient client = client(Duration.ofMillis(300));

		WebSocket socket = client.openNotificationSocket(
				this.server.url("/channels/streaming-0-abc").toString().replace("http:", "ws:"), recordingListener());
		await().atMost(Duration.ofSeconds(5)).until(() -> this.clientReceived.size() == 1);
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> !this.clientFailed.get());
		socket.send("{\"message\":\"ping\"}");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.serverReceived.size() == 1);
		socket.close(1000, "done");

		RecordedRequest handshake = this.server.takeRequest();
		assertThat(handshake.getUrl().encodedPath()).isEqualTo("/channels/streaming-0-abc");
		assertThat(handshake.getHeaders().get("Authorization")).isNull();
		assertThat(this.clientOpen.get()).isTrue();
		assertThat(this.clientReceived.get(0)).contains("WebSocket Heartbeat");
		assertThat(this.serverReceived).containsExactly("{\"message\":\"ping\"}");
	}

	@Test
	void refusesAConnectUriThatIsNotAWebsocket() throws Exception {
		this.server.start();
		GenesysClient client = client(Duration.ofSeconds(1));

		assertRefused(client, "ftp://streaming.example/channels/x", "only wss is allowed, not 'ftp'");
	}

	@Test
	void refusesPlainWsEvenToTheRegionsStreamingHost() throws Exception {
		this.server.start();
		GenesysClient client = client(Duration.ofSeconds(1));

		assertRefused(client, "ws://streaming.mypurecloud.com/channels/x", "only wss is allowed");
	}

	@Test
	void refusesAConnectUriOutsideTheRegionsHosts() throws Exception {
		this.server.start();
		GenesysClient client = client(Duration.ofSeconds(1));

		assertRefused(client, "wss://169.254.169.254/channels/x", "is not one of the allowed hosts");
		assertThat(this.server.getRequestCount()).isZero();
	}

	private void assertRefused(GenesysClient client, String connectUri, String why) {
		assertThatExceptionOfType(GenesysException.class)
			.isThrownBy(() -> client.openNotificationSocket(connectUri, recordingListener()))
			.withMessageContaining(why)
			.withCauseInstanceOf(UriRefusedException.class)
			.satisfies((failure) -> assertThat(failure.kind()).isEqualTo(GenesysFailureKind.PERMANENT));
	}

	/** The mock server is the configured Genesys host, trusted as it is (ws included). */
	private GenesysClient client(Duration socketTimeout) {
		GenesysProperties defaults = GenesysProperties.defaults();
		String url = this.server.url("/").toString();
		URI base = URI.create(url.substring(0, url.length() - 1));
		GenesysProperties properties = new GenesysProperties(base, base, defaults.tokenRenewalMargin(),
				BudgetSettings.defaults(), RetrySettings.defaults(), defaults.timeouts(),
				new GenesysProperties.WebSocket(socketTimeout, Duration.ZERO));
		this.clients = new GenesysClients(properties, new SimpleMeterRegistry());
		return this.clients.forTenant("tenant-a", FakeGenesys.credentials());
	}

	private WebSocketListener recordingListener() {
		return new WebSocketListener() {
			@Override
			public void onOpen(WebSocket socket, Response response) {
				NotificationSocketTests.this.clientOpen.set(true);
			}

			@Override
			public void onMessage(WebSocket socket, String text) {
				NotificationSocketTests.this.clientReceived.add(text);
			}

			@Override
			public void onFailure(WebSocket socket, Throwable failure, @Nullable Response response) {
				NotificationSocketTests.this.clientFailed.set(true);
			}
		};
	}

}
