package io.callimport.producer.failure;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An import that failed for good, as the admin API lists it. The original message is not
 * shown; it is kept for the replay.
 */
public record FailureView(UUID id, @Nullable String conversationId, @Nullable UUID messageId, String reasonCode,
		String reason, int attempts, FailureStatus status, Instant failedAt, @Nullable Instant replayedAt,
		int replayCount) {
}
