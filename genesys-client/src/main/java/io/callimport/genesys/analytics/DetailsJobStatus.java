package io.callimport.genesys.analytics;

import org.jspecify.annotations.Nullable;

/**
 * Where an async details job stands.
 *
 * @param state its state
 * @param errorMessage why it failed, when Genesys says
 */
public record DetailsJobStatus(State state, @Nullable String errorMessage) {

	/** Whether the job ended without results: failed, cancelled or expired. */
	public boolean failed() {
		return this.state == State.FAILED || this.state == State.CANCELLED || this.state == State.EXPIRED;
	}

	/** A job's state; {@code UNKNOWN} for one this product does not know (or none). */
	public enum State {

		QUEUED, PENDING, FULFILLED, FAILED, CANCELLED, EXPIRED, UNKNOWN

	}

}
