package io.callimport.simulator.notification;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.callimport.simulator.auth.AccessToken;
import io.callimport.simulator.organization.OrganizationRemoved;
import io.callimport.simulator.organization.SimulatedOrganization;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/**
 * Every notification channel. Per OAuth client at most {@code channelsPerClient}: one
 * more evicts the oldest (idle channels first). Expired channels are removed and their
 * sockets closed.
 */
@Component
class ChannelRegistry {

	private static final Logger log = LoggerFactory.getLogger(ChannelRegistry.class);

	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

	private final Map<String, NotificationChannel> channels = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	ChannelRegistry(Clock clock, ScheduledExecutorService scheduler) {
		this.clock = clock;
		scheduler.scheduleWithFixedDelay(this::removeExpired, 200, 200, TimeUnit.MILLISECONDS);
	}

	synchronized NotificationChannel create(SimulatedOrganization org, AccessToken token, String socketBaseUri) {
		List<NotificationChannel> owned = ofClient(org.id(), token.clientId());
		if (owned.size() >= org.scenario().channelsPerClient()) {
			NotificationChannel evicted = owned.stream()
				.min(Comparator.comparing((NotificationChannel c) -> c.socket() != null)
					.thenComparing(NotificationChannel::createdAt))
				.orElseThrow();
			log.info("Channel limit of client {} reached: evicting {}", token.clientId(), evicted.id());
			remove(evicted, CloseStatus.NORMAL.withReason("Channel evicted: too many channels"));
		}
		String id = "streaming-0-" + randomId();
		Instant now = this.clock.instant();
		NotificationChannel channel = new NotificationChannel(id, org.id(), token.clientId(), token.value(), now,
				now.plus(org.scenario().channelLifetime()), socketBaseUri + "/channels/" + id);
		this.channels.put(id, channel);
		return channel;
	}

	Optional<NotificationChannel> find(String channelId) {
		return Optional.ofNullable(this.channels.get(channelId));
	}

	List<NotificationChannel> ofClient(String organizationId, String clientId) {
		return ofOrganization(organizationId).stream().filter((c) -> c.clientId().equals(clientId)).toList();
	}

	List<NotificationChannel> ofOrganization(String organizationId) {
		return this.channels.values()
			.stream()
			.filter((c) -> c.organizationId().equals(organizationId))
			.sorted(Comparator.comparing(NotificationChannel::createdAt))
			.toList();
	}

	void remove(NotificationChannel channel, CloseStatus status) {
		if (this.channels.remove(channel.id()) != null) {
			ChannelSocket socket = channel.socket();
			if (socket != null) {
				socket.close(status);
			}
		}
	}

	/** Ends a channel now, as if its lifetime were over. */
	void expire(NotificationChannel channel) {
		remove(channel, CloseStatus.NORMAL.withReason("Channel expired"));
	}

	private void removeExpired() {
		Instant now = this.clock.instant();
		this.channels.values().stream().filter((c) -> !now.isBefore(c.expires())).forEach(this::expire);
	}

	@EventListener
	void on(OrganizationRemoved removed) {
		ofOrganization(removed.organizationId()).forEach((c) -> remove(c, CloseStatus.GOING_AWAY));
	}

	private String randomId() {
		StringBuilder id = new StringBuilder(26);
		for (int i = 0; i < 26; i++) {
			id.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return id.toString();
	}

	static @Nullable String channelIdOf(String path) {
		int slash = path.lastIndexOf('/');
		return (slash >= 0 && slash < path.length() - 1) ? path.substring(slash + 1) : null;
	}

}
