package io.callimport.producer.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import okhttp3.WebSocket;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One channel's websocket and its state. Every frame (heartbeats included) counts as a
 * sign of life. State changes wake the supervisor, which decides what to do; a retired
 * connection (replaced on purpose) no longer wakes anyone and stays closed.
 */
final class ChannelConnection {

	private static final Logger log = LoggerFactory.getLogger(ChannelConnection.class);

	private static final String PING = "{\"message\":\"ping\"}";

	enum State {

		CONNECTING, OPEN, CLOSED

	}

	private final ChannelAddress address;

	private final SessionContext context;

	private final SocketPulse pulse;

	private final long createdNanos = System.nanoTime();

	private volatile Set<String> topics;

	private volatile State state = State.CONNECTING;

	private volatile boolean closingAnnounced;

	private volatile boolean retired;

	private volatile String endCause = "";

	private volatile String endReason = "";

	private volatile @Nullable WebSocket socket;

	ChannelConnection(ChannelAddress address, Set<String> topics, SessionContext context) {
		this.address = address;
		this.topics = Set.copyOf(topics);
		this.context = context;
		this.pulse = new SocketPulse(context.clock());
	}

	/**
	 * The same channel on a new socket (after a drop, while the channel still exists).
	 */
	ChannelConnection reconnected() {
		return new ChannelConnection(this.address, this.topics, this.context);
	}

	void connect() {
		this.socket = this.context.client()
			.openNotificationSocket(this.address.connectUri(), new ChannelSocketListener(this, this.context.frames()));
	}

	/** The socket opened (or, when retired meanwhile, is closed right away). */
	void opened(WebSocket webSocket) {
		if (this.retired) {
			webSocket.close(1000, "replaced");
			return;
		}
		this.pulse.beat();
		this.state = State.OPEN;
		log.info("Notification socket open on channel {} ({} topics)", channelId(), this.topics.size());
		this.context.wake().run();
	}

	/** A frame arrived: a sign of life. */
	void beat() {
		this.pulse.beat();
	}

	/** Genesys announced that the socket will close soon. */
	void closingAnnounced(boolean announced) {
		if (announced && !this.retired) {
			log.info("Genesys announced that the socket of channel {} closes soon", channelId());
			this.closingAnnounced = true;
			this.context.wake().run();
		}
	}

	/** The socket ended; {@code cause} is a metric tag. */
	void end(String cause, String reason) {
		if (this.state == State.CLOSED) {
			return;
		}
		this.state = State.CLOSED;
		this.endCause = cause;
		this.endReason = reason;
		if (!this.retired) {
			log.warn("Notification socket of channel {} {}", channelId(), reason);
			this.context.wake().run();
		}
	}

	/** Sends a ping when one is due. */
	void pingIfDue(Duration interval) {
		WebSocket current = this.socket;
		if (this.state == State.OPEN && current != null && this.pulse.pingDue(interval)) {
			current.send(PING);
		}
	}

	/** Drops the socket at once (a dead or stuck one); {@code cause} is a metric tag. */
	void abort(String cause, String reason) {
		WebSocket current = this.socket;
		end(cause, reason);
		if (current != null) {
			current.cancel();
		}
	}

	/** Closes the socket on purpose: it was replaced, or the session ends. */
	void retire() {
		this.retired = true;
		this.state = State.CLOSED;
		WebSocket current = this.socket;
		if (current != null && !current.close(1000, "replaced")) {
			current.cancel();
		}
	}

	boolean isLive(Duration silenceLimit) {
		return this.state == State.OPEN && !this.pulse.silentLongerThan(silenceLimit);
	}

	boolean silentLongerThan(Duration limit) {
		return this.pulse.silentLongerThan(limit);
	}

	boolean connectingLongerThan(Duration limit) {
		return this.state == State.CONNECTING && System.nanoTime() - this.createdNanos > limit.toNanos();
	}

	/** The channel's subscriptions were replaced by these users' topics. */
	void subscribed(Set<String> userIds) {
		this.topics = Set.copyOf(userIds);
	}

	String channelId() {
		return this.address.id();
	}

	ChannelAddress address() {
		return this.address;
	}

	Set<String> topics() {
		return this.topics;
	}

	State state() {
		return this.state;
	}

	Instant lastFrameAt() {
		return this.pulse.lastFrameAt();
	}

	long createdNanos() {
		return this.createdNanos;
	}

	boolean closingAnnounced() {
		return this.closingAnnounced;
	}

	/** Why it ended, as a metric tag ({@code closed}, {@code failure}, …). */
	String endCause() {
		return this.endCause;
	}

	String endReason() {
		return this.endReason;
	}

}
