package io.callimport.producer.notification;

/**
 * What the session hands every received text frame to (the call-end detection). Called on
 * the socket's reader thread; must not throw and should return quickly.
 */
public interface NotificationFrames {

	/** Handles one frame and says what it was. */
	FrameKind handle(String frame);

	/** What a frame was, as far as the session cares. */
	enum FrameKind {

		/** An event on a subscribed topic. */
		EVENT,

		/** A heartbeat or a pong. */
		HEARTBEAT,

		/** {@code v2.system.socket_closing}: the socket will close soon. */
		SOCKET_CLOSING,

		/** Anything else (malformed, unknown topic), already counted and logged. */
		OTHER

	}

}
