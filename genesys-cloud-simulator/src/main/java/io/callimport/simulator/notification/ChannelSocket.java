package io.callimport.simulator.notification;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.concurrent.ScheduledFuture;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * The one open websocket of a channel. Sends are serialised by Spring's concurrent
 * decorator; {@link #abort()} drops the TCP connection without a close frame, as a
 * network failure would.
 */
final class ChannelSocket {

	private static final Logger log = LoggerFactory.getLogger(ChannelSocket.class);

	private final WebSocketSession raw;

	private final WebSocketSession session;

	private final String channelId;

	private volatile @Nullable ScheduledFuture<?> heartbeat;

	ChannelSocket(WebSocketSession raw, String channelId) {
		this.raw = raw;
		this.session = new ConcurrentWebSocketSessionDecorator(raw, 10_000, 16 * 1024 * 1024);
		this.channelId = channelId;
	}

	String channelId() {
		return this.channelId;
	}

	String sessionId() {
		return this.raw.getId();
	}

	boolean isOpen() {
		return this.session.isOpen();
	}

	void heartbeat(ScheduledFuture<?> heartbeat) {
		this.heartbeat = heartbeat;
	}

	/** Writes one text frame; false when the socket is gone. */
	boolean send(String json) {
		if (!this.session.isOpen()) {
			return false;
		}
		try {
			this.session.sendMessage(new TextMessage(json));
			return true;
		}
		catch (IOException | IllegalStateException ex) {
			log.debug("Send on channel {} failed: {}", this.channelId, ex.getMessage());
			return false;
		}
	}

	void close(CloseStatus status) {
		stopHeartbeat();
		try {
			this.session.close(status);
		}
		catch (IOException | IllegalStateException ex) {
			log.debug("Close of channel {} socket failed: {}", this.channelId, ex.getMessage());
		}
	}

	/** Closes the TCP connection at once: the client sees no close frame. */
	void abort() {
		stopHeartbeat();
		try {
			Object nativeSession = ((NativeWebSocketSession) this.raw).getNativeSession();
			Field field = nativeSession.getClass().getDeclaredField("wsRemoteEndpoint");
			field.setAccessible(true);
			Object endpoint = field.get(nativeSession);
			Method close = endpoint.getClass().getMethod("close");
			close.setAccessible(true);
			close.invoke(endpoint);
			// The TCP connection is gone, so this frame goes nowhere; it makes the
			// session
			// notice and run its close handling.
			closeQuietly(this.raw);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			// Tomcat's internals changed: fall back to a close frame with an abnormal
			// code.
			log.warn("Abrupt disconnect unavailable ({}); closing with 1011 instead", ex.toString());
			close(CloseStatus.SERVER_ERROR);
		}
	}

	private static void closeQuietly(WebSocketSession session) {
		try {
			session.close(CloseStatus.SESSION_NOT_RELIABLE);
		}
		catch (IOException | RuntimeException ex) {
			// expected: the connection is already closed
		}
	}

	void stopHeartbeat() {
		ScheduledFuture<?> future = this.heartbeat;
		if (future != null) {
			future.cancel(false);
		}
	}

}
