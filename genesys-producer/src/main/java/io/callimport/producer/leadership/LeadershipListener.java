package io.callimport.producer.leadership;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Told when this replica becomes or stops being the holder, and asked for its last live
 * moment when it renews.
 */
public interface LeadershipListener {

	/**
	 * This replica holds the lease now.
	 * @param previousLastLive the last moment the previous holder (or this replica before
	 * a restart) had a live socket; {@code null} when none ever had
	 */
	void acquired(@Nullable Instant previousLastLive);

	/** This replica no longer holds the lease: stop the socket at once. */
	void lost();

	/**
	 * The latest moment from which on no event can have been missed by this holder:
	 * {@code now} while the socket is live, the moment it stopped being live otherwise.
	 */
	@Nullable Instant lastLiveAt();

}
