package io.callimport.simulator.notification;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.callimport.simulator.organization.OrganizationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The channel websocket ({@code /channels/{id}}): one socket per channel (a second
 * connect drops the first), heartbeats at the organisation's interval, and
 * {@code {"message":"ping"}} answered with a pong.
 */
@Component
class ChannelSocketHandler extends TextWebSocketHandler {

	private static final Logger log = LoggerFactory.getLogger(ChannelSocketHandler.class);

	private static final String SOCKET = "channelSocket";

	private final ChannelRegistry channels;

	private final OrganizationRegistry organizations;

	private final ScheduledExecutorService scheduler;

	ChannelSocketHandler(ChannelRegistry channels, OrganizationRegistry organizations,
			ScheduledExecutorService scheduler) {
		this.channels = channels;
		this.organizations = organizations;
		this.scheduler = scheduler;
	}

	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		URI uri = session.getUri();
		String channelId = (uri != null) ? ChannelRegistry.channelIdOf(uri.getPath()) : null;
		NotificationChannel channel = (channelId != null) ? this.channels.find(channelId).orElse(null) : null;
		ChannelSocket socket = new ChannelSocket(session, String.valueOf(channelId));
		if (channel == null) {
			socket.close(CloseStatus.POLICY_VIOLATION.withReason("Channel not found"));
			return;
		}
		session.getAttributes().put(SOCKET, socket);
		ChannelSocket previous = channel.attach(socket);
		if (previous != null) {
			log.info("Second connection on channel {}: dropping the first", channel.id());
			previous.close(CloseStatus.POLICY_VIOLATION.withReason("Another connection opened on this channel"));
		}
		Duration interval = this.organizations.find(channel.organizationId())
			.map((org) -> org.scenario().heartbeatInterval())
			.orElse(Duration.ofSeconds(30));
		socket.heartbeat(this.scheduler.scheduleAtFixedRate(() -> socket.send(WireMessages.HEARTBEAT),
				interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS));
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) {
		ChannelSocket socket = (ChannelSocket) session.getAttributes().get(SOCKET);
		if (socket != null && message.getPayload().replace(" ", "").contains("\"message\":\"ping\"")) {
			socket.send(WireMessages.PONG);
		}
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		ChannelSocket socket = (ChannelSocket) session.getAttributes().get(SOCKET);
		if (socket != null) {
			socket.stopHeartbeat();
			this.channels.find(socket.channelId()).ifPresent((channel) -> channel.detach(socket));
		}
	}

}
