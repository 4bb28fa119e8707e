package io.callimport.producer.notification;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.callimport.genesys.egress.InternalAddressGuard;
import io.callimport.producer.notification.ChannelConnection.State;

/**
 * One channel's worth of topics and the socket serving them. Only the supervisor thread
 * touches a slot (except {@link #silence()}). A dropped socket is reopened on the same
 * channel while it exists, or on a new one; a channel due for renewal (announced close,
 * near expiry, an old token) is replaced make-before-break by a {@link ChannelRenewal}.
 */
final class ChannelSlot {

	private static final Logger log = LoggerFactory.getLogger(ChannelSlot.class);

	private final Set<String> userIds = new LinkedHashSet<>();

	private final SessionContext context;

	private final AttemptSchedule attempts;

	private final SlotLiveness liveness;

	private final ChannelRenewal renewal;

	private volatile @Nullable ChannelConnection current;

	private @Nullable ChannelConnection counted;

	ChannelSlot(SessionContext context) {
		this.context = context;
		this.attempts = new AttemptSchedule(context.properties().reconnect());
		this.liveness = new SlotLiveness(context.properties().silenceLimit(), context.clock());
		this.renewal = new ChannelRenewal(context, this.attempts);
	}

	Set<String> userIds() {
		return this.userIds;
	}

	/** One step: watchdog, reconnect, resubscribe, renewal, ping. */
	void maintain(@Nullable TokenChannels tokenChannels) {
		NotificationProperties properties = this.context.properties();
		ChannelConnection connection = this.current;
		this.liveness.observe(connection);
		if (connection != null && connection.state() == State.OPEN
				&& connection.silentLongerThan(properties.silenceLimit())) {
			connection.abort("heartbeat_timeout", "silent for more than " + properties.silenceLimit());
		}
		if (connection != null && connection.connectingLongerThan(properties.openTimeout())) {
			connection.abort("open_timeout", "did not open within " + properties.openTimeout());
		}
		if (this.renewal.pending()) {
			this.current = this.renewal.advance(connection);
			if (this.renewal.pending()) {
				return;
			}
		}
		connection = this.current;
		if (connection == null || connection.state() == State.CLOSED) {
			reopen(connection);
		}
		else if (connection.state() == State.OPEN) {
			keepUp(connection, tokenChannels);
		}
	}

	private void keepUp(ChannelConnection connection, @Nullable TokenChannels tokenChannels) {
		this.attempts.healthy(connection);
		if (!connection.topics().equals(this.userIds) && this.attempts.due()) {
			resubscribe(connection);
		}
		String reason = this.renewal.reason(connection, tokenChannels);
		if (reason != null && this.attempts.due()) {
			this.renewal.start(connection, Set.copyOf(this.userIds), reason);
		}
		connection.pingIfDue(this.context.properties().pingInterval());
	}

	private void reopen(@Nullable ChannelConnection previous) {
		if (!this.attempts.due()) {
			return;
		}
		this.attempts.attempted();
		try {
			if (previous != null && this.counted != previous) {
				this.counted = previous;
				this.context.metrics().reconnect(previous.endCause().isEmpty() ? "closed" : previous.endCause());
			}
			ChannelConnection next = reusable(previous) ? previous.reconnected()
					: this.context.registrar().open(this.context, Set.copyOf(this.userIds));
			if (!next.topics().equals(this.userIds)) {
				this.context.registrar().subscribe(this.context, next.channelId(), Set.copyOf(this.userIds));
				next.subscribed(this.userIds);
			}
			next.connect();
			this.current = next;
		}
		catch (RuntimeException ex) {
			if (InternalAddressGuard.refusal(ex) != null) {
				// never connected: no request reached the refused host
				this.context.metrics().refused();
				log.error("Refused to open the notification socket Genesys named (GENESYS_MEDIA_ALLOWEDHOSTS); "
						+ "trying again later: {}", ex.getMessage());
				return;
			}
			log.warn("Opening a notification socket failed; trying again: {}", ex.getMessage());
		}
	}

	private boolean reusable(@Nullable ChannelConnection previous) {
		return previous != null && !previous.closingAnnounced()
				&& this.context.clock()
					.instant()
					.isBefore(previous.address().renewAt(this.context.properties().renewBefore()))
				&& this.context.registrar().exists(this.context.client(), previous.channelId());
	}

	private void resubscribe(ChannelConnection connection) {
		try {
			this.context.registrar().subscribe(this.context, connection.channelId(), Set.copyOf(this.userIds));
			connection.subscribed(this.userIds);
		}
		catch (RuntimeException ex) {
			this.attempts.attempted();
			log.warn("Updating the subscriptions of channel {} failed; trying again: {}", connection.channelId(),
					ex.getMessage());
		}
	}

	boolean isLive() {
		return this.liveness.observe(this.current);
	}

	/** Since when the slot has not been live, if it was live before. */
	@Nullable Instant downSince() {
		this.liveness.observe(this.current);
		return this.liveness.downSince();
	}

	/** The last frame of this slot's socket, if it ever had one. */
	@Nullable Instant lastFrameAt() {
		ChannelConnection connection = this.current;
		return (connection != null) ? connection.lastFrameAt() : null;
	}

	/**
	 * Closes the sockets without any request: safe from another thread, for a lost lease.
	 */
	void silence() {
		ChannelConnection connection = this.current;
		if (connection != null) {
			connection.retire();
		}
		this.renewal.silence();
	}

	void close() {
		ChannelConnection connection = this.current;
		if (connection != null) {
			connection.retire();
			this.context.registrar().release(this.context.client(), connection.channelId());
		}
		this.renewal.close();
		this.current = null;
	}

}
