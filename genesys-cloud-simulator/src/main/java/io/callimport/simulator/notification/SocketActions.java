package io.callimport.simulator.notification;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.callimport.simulator.control.ChannelView;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.web.socket.CloseStatus;

/**
 * What the control API does to channels and sockets: show them, drop sockets abruptly or
 * cleanly, announce a planned close ({@code v2.system.socket_closing}), expire channels.
 * Each acts on one organisation, or on one of its channels when a channel id is given.
 */
@Service
public class SocketActions {

	private final ChannelRegistry channels;

	private final ScheduledExecutorService scheduler;

	SocketActions(ChannelRegistry channels, ScheduledExecutorService scheduler) {
		this.channels = channels;
		this.scheduler = scheduler;
	}

	public List<ChannelView> channels(String organizationId) {
		return this.channels.ofOrganization(organizationId)
			.stream()
			.map((c) -> new ChannelView(c.organizationId(), c.clientId(), c.id(), c.connectUri(), c.expires(),
					c.socket() != null, c.topics()))
			.toList();
	}

	/** Drops open sockets: abruptly (no close frame) or with a close frame. */
	public int disconnect(String organizationId, @Nullable String channelId, boolean abrupt) {
		List<ChannelSocket> sockets = sockets(organizationId, channelId);
		sockets.forEach((socket) -> {
			if (abrupt) {
				socket.abort();
			}
			else {
				socket.close(CloseStatus.GOING_AWAY);
			}
		});
		return sockets.size();
	}

	/** Sends {@code v2.system.socket_closing}, then closes the socket after the delay. */
	public int socketClosing(String organizationId, @Nullable String channelId, Duration closeAfter) {
		List<NotificationChannel> targets = targets(organizationId, channelId);
		int count = 0;
		for (NotificationChannel channel : targets) {
			ChannelSocket socket = channel.socket();
			if (socket != null && socket.send(WireMessages.socketClosing(channel))) {
				count++;
				this.scheduler.schedule(() -> socket.close(CloseStatus.GOING_AWAY.withReason("Socket closing")),
						closeAfter.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		return count;
	}

	public int expire(String organizationId, @Nullable String channelId) {
		List<NotificationChannel> targets = targets(organizationId, channelId);
		targets.forEach(this.channels::expire);
		return targets.size();
	}

	private List<ChannelSocket> sockets(String organizationId, @Nullable String channelId) {
		return targets(organizationId, channelId).stream()
			.map(NotificationChannel::socket)
			.filter(java.util.Objects::nonNull)
			.map(ChannelSocket.class::cast)
			.toList();
	}

	private List<NotificationChannel> targets(String organizationId, @Nullable String channelId) {
		return this.channels.ofOrganization(organizationId)
			.stream()
			.filter((c) -> channelId == null || c.id().equals(channelId))
			.toList();
	}

}
