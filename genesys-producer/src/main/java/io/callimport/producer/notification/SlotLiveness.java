package io.callimport.producer.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Since when a slot has not been live: the last frame of the socket that died, kept while
 * reconnects replace it with sockets that have not received anything yet.
 */
final class SlotLiveness {

	private final Duration silenceLimit;

	private final Clock clock;

	private boolean everLive;

	private @Nullable Instant downSince;

	SlotLiveness(Duration silenceLimit, Clock clock) {
		this.silenceLimit = silenceLimit;
		this.clock = clock;
	}

	/** Looks at the slot's current connection; whether it is live. */
	boolean observe(@Nullable ChannelConnection connection) {
		boolean live = connection != null && connection.isLive(this.silenceLimit);
		if (live) {
			this.everLive = true;
			this.downSince = null;
		}
		else if (this.everLive && this.downSince == null) {
			this.downSince = (connection != null) ? connection.lastFrameAt() : this.clock.instant();
		}
		return live;
	}

	@Nullable Instant downSince() {
		return this.downSince;
	}

}
