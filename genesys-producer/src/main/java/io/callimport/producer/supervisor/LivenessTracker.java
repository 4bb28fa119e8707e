package io.callimport.producer.supervisor;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.callimport.producer.gap.GapRecorder;

/**
 * Turns what the supervisor sees of the session into gaps and the holder's last live
 * moment: a session that was live and is not any more opens a gap from the last frame of
 * the socket that failed (or from the last live moment), going live again ends it.
 */
@Component
class LivenessTracker {

	private final GapRecorder gaps;

	private final Clock clock;

	private boolean everLive;

	private String gapReason = "socket_lost";

	private volatile @Nullable Instant lastLiveAt;

	LivenessTracker(GapRecorder gaps, Clock clock) {
		this.gaps = gaps;
		this.clock = clock;
	}

	/**
	 * What the session looks like now.
	 * @param lostSince the earliest last frame of a socket that failed, if known
	 */
	void observed(boolean live, @Nullable Instant lostSince) {
		Instant now = this.clock.instant();
		if (live) {
			this.lastLiveAt = now;
			this.everLive = true;
			this.gapReason = "socket_lost";
			if (this.gaps.isOpen()) {
				this.gaps.up(now);
			}
			return;
		}
		Instant since = (lostSince != null) ? lostSince : this.lastLiveAt;
		if (this.everLive && !this.gaps.isOpen() && since != null) {
			this.gaps.down(since, this.gapReason);
		}
	}

	/** The session was closed on purpose; a gap that follows carries this reason. */
	void sessionClosed(String reason, boolean wasLive) {
		if (wasLive) {
			this.lastLiveAt = this.clock.instant();
		}
		this.gapReason = reason;
	}

	/**
	 * This replica became the holder: the previous holder's gap stays open until live.
	 */
	void takeOver(@Nullable Instant previousLastLive) {
		this.everLive = false;
		this.lastLiveAt = null;
		this.gaps.takeOver(previousLastLive);
	}

	/** This replica stopped holding: its open gap is left to the next holder. */
	void released() {
		this.gaps.forget();
		this.everLive = false;
	}

	@Nullable Instant lastLiveAt() {
		return this.lastLiveAt;
	}

}
