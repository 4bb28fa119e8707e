package io.callimport.model.message;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of a call row, derived from what identifies the call, so that every import
 * attempt, every replica and every redelivery computes the same id without asking the
 * database first.
 */
public final class CallIds {

	private CallIds() {
	}

	/** A name-based (version 3) UUID of {@code tenantId:conversationId}. */
	public static UUID of(String tenantId, String conversationId) {
		return UUID.nameUUIDFromBytes((tenantId + ":" + conversationId).getBytes(StandardCharsets.UTF_8));
	}

}
