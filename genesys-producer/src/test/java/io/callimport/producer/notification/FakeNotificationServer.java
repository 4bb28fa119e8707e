package io.callimport.producer.notification;

import java.io.IOException;
import java.util.List;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * Just enough of Genesys for one notification channel on a real HTTP server: login,
 * channel creation, subscriptions, and a websocket that sends the given frames once it is
 * open (and a heartbeat after each of them).
 */
final class FakeNotificationServer implements AutoCloseable {

	private static final String HEARTBEAT = "{\"topicName\":\"channel.metadata\",\"eventBody\":{\"message\":\"WebSocket Heartbeat\"}}";

	private final MockWebServer server = new MockWebServer();

	private final List<String> frames;

	private volatile boolean clientClosed;

	private final @org.jspecify.annotations.Nullable String connectUri;

	private final java.util.concurrent.atomic.AtomicInteger socketRequests = new java.util.concurrent.atomic.AtomicInteger();

	FakeNotificationServer(List<String> frames) throws IOException {
		this(frames, null);
	}

	/** Hands out {@code connectUri} for the channel instead of its own socket. */
	FakeNotificationServer(List<String> frames, @org.jspecify.annotations.Nullable String connectUri)
			throws IOException {
		this.frames = frames;
		this.connectUri = connectUri;
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				return respond(request);
			}
		});
		this.server.start();
	}

	String baseUrl() {
		return "http://" + this.server.getHostName() + ":" + this.server.getPort();
	}

	int socketRequests() {
		return this.socketRequests.get();
	}

	boolean clientClosed() {
		return this.clientClosed;
	}

	private MockResponse respond(RecordedRequest request) {
		String path = request.getUrl().encodedPath();
		return switch (request.getMethod() + " " + path) {
			case "POST /oauth/token" ->
				json("{\"access_token\":\"fake-token\",\"token_type\":\"bearer\",\"expires_in\":3600}");
			case "POST /api/v2/notifications/channels" -> json("{\"id\":\"bad-frames\",\"connectUri\":\""
					+ ((this.connectUri != null) ? this.connectUri : "ws://" + this.server.getHostName() + ":"
							+ this.server.getPort() + "/channels/bad-frames")
					+ "\",\"expires\":\"2099-01-01T00:00:00.000Z\"}");
			case "PUT /api/v2/notifications/channels/bad-frames/subscriptions",
					"POST /api/v2/notifications/channels/bad-frames/subscriptions" ->
				json("{\"entities\":[]}");
			case "GET /api/v2/notifications/channels" -> json("{\"entities\":[{\"id\":\"bad-frames\"}]}");
			case "GET /channels/bad-frames" -> {
				this.socketRequests.incrementAndGet();
				yield new MockResponse.Builder().webSocketUpgrade(new Frames()).build();
			}
			default -> new MockResponse.Builder().code(404).body("{}").build();
		};
	}

	private static MockResponse json(String body) {
		return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
	}

	@Override
	public void close() {
		this.server.close();
	}

	private final class Frames extends WebSocketListener {

		@Override
		public void onOpen(WebSocket webSocket, Response response) {
			for (String frame : FakeNotificationServer.this.frames) {
				webSocket.send(frame);
				webSocket.send(HEARTBEAT);
			}
		}

		@Override
		public void onMessage(WebSocket webSocket, String text) {
			webSocket.send(HEARTBEAT);
		}

		@Override
		public void onClosing(WebSocket webSocket, int code, String reason) {
			FakeNotificationServer.this.clientClosed = true;
			webSocket.close(1000, null);
		}

	}

}
