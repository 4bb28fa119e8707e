package io.callimport.producer.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Signs of life of one socket: when the last frame arrived (heartbeats count) and when
 * the last ping went out. Written on the socket's thread, read on the supervisor's.
 */
final class SocketPulse {

	private final Clock clock;

	private volatile long lastFrameNanos = System.nanoTime();

	private volatile Instant lastFrameAt;

	private volatile long lastPingNanos = System.nanoTime();

	SocketPulse(Clock clock) {
		this.clock = clock;
		this.lastFrameAt = clock.instant();
	}

	/** A frame arrived. */
	void beat() {
		this.lastFrameNanos = System.nanoTime();
		this.lastFrameAt = this.clock.instant();
	}

	Instant lastFrameAt() {
		return this.lastFrameAt;
	}

	boolean silentLongerThan(Duration limit) {
		return System.nanoTime() - this.lastFrameNanos > limit.toNanos();
	}

	/** Whether a ping is due after {@code interval}; if so it counts as sent. */
	boolean pingDue(Duration interval) {
		if (interval.isZero() || System.nanoTime() - this.lastPingNanos < interval.toNanos()) {
			return false;
		}
		this.lastPingNanos = System.nanoTime();
		return true;
	}

}
