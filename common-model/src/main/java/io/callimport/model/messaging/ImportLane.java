package io.callimport.model.messaging;

import io.callimport.model.message.CallSource;

/**
 * Which queue of its tenant a call goes through: calls that just ended, or calls found
 * afterwards. The consumer serves every tenant's live queue before any background one.
 */
public enum ImportLane {

	/** Found live on the notification websocket, or replayed by an operator. */
	LIVE("live."),

	/** Found by a reconciliation (nightly, gap healing) or a backfill. */
	BACKGROUND("background.");

	private final String keyPrefix;

	ImportLane(String keyPrefix) {
		this.keyPrefix = keyPrefix;
	}

	String keyPrefix() {
		return this.keyPrefix;
	}

	/** The lane of a message found the way {@code source} says. */
	public static ImportLane of(CallSource source) {
		return switch (source) {
			case WEBSOCKET, MANUAL -> LIVE;
			case RECONCILIATION, BACKFILL -> BACKGROUND;
		};
	}

}
