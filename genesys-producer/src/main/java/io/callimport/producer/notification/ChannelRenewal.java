package io.callimport.producer.notification;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.callimport.producer.notification.ChannelConnection.State;

/**
 * Make-before-break replacement of one slot's channel: a new channel is created,
 * subscribed and connected while the old socket keeps serving; once the new socket is
 * open the old one is closed and its subscriptions released. Events seen on both during
 * the overlap are de-duplicated downstream.
 */
final class ChannelRenewal {

	private static final Logger log = LoggerFactory.getLogger(ChannelRenewal.class);

	private final SessionContext context;

	private final AttemptSchedule attempts;

	private volatile @Nullable ChannelConnection next;

	private @Nullable String reason;

	ChannelRenewal(SessionContext context, AttemptSchedule attempts) {
		this.context = context;
		this.attempts = attempts;
	}

	boolean pending() {
		return this.next != null;
	}

	/** Why {@code connection} is due for replacement, or {@code null}. */
	@Nullable String reason(ChannelConnection connection, @Nullable TokenChannels tokenChannels) {
		if (connection.closingAnnounced()) {
			return "socket_closing";
		}
		if (!this.context.clock()
			.instant()
			.isBefore(connection.address().renewAt(this.context.properties().renewBefore()))) {
			return "channel_expiry";
		}
		if (tokenChannels != null && tokenChannels.disowns(connection)) {
			return "token_changed";
		}
		return null;
	}

	void start(ChannelConnection current, Set<String> userIds, String why) {
		this.attempts.attempted();
		try {
			ChannelConnection replacement = this.context.registrar().open(this.context, userIds);
			replacement.connect();
			this.next = replacement;
			this.reason = why;
			this.context.metrics().reconnect(why);
			log.info("Replacing channel {} ({}) by {}", current.channelId(), why, replacement.channelId());
		}
		catch (RuntimeException ex) {
			log.warn("Opening a replacement channel ({}) failed; trying again: {}", why, ex.getMessage());
		}
	}

	/**
	 * Moves the replacement on and returns the slot's connection: the replacement once it
	 * is open, {@code current} until then (pinged, so it stays alive meanwhile).
	 */
	@Nullable ChannelConnection advance(@Nullable ChannelConnection current) {
		ChannelConnection replacement = this.next;
		if (replacement == null) {
			return current;
		}
		if (replacement.state() == State.OPEN) {
			this.next = null;
			if (current != null) {
				current.retire();
				this.context.registrar().release(this.context.client(), current.channelId());
			}
			log.info("Channel {} replaced by {} ({})", (current != null) ? current.channelId() : "-",
					replacement.channelId(), this.reason);
			return replacement;
		}
		if (replacement.state() == State.CLOSED
				|| replacement.connectingLongerThan(this.context.properties().openTimeout())) {
			replacement.retire();
			this.next = null;
			log.warn("Replacement channel {} did not open: {}", replacement.channelId(), replacement.endReason());
		}
		else if (current != null) {
			current.pingIfDue(this.context.properties().pingInterval());
		}
		return current;
	}

	void silence() {
		ChannelConnection replacement = this.next;
		if (replacement != null) {
			replacement.retire();
		}
	}

	void close() {
		ChannelConnection replacement = this.next;
		if (replacement != null) {
			replacement.retire();
			this.context.registrar().release(this.context.client(), replacement.channelId());
		}
		this.next = null;
	}

}
