package io.callimport.producer.gap;

import java.time.Instant;
import java.util.UUID;

/**
 * A period without a live socket that has ended and waits to be healed.
 */
record NotificationGap(UUID id, Instant startedAt, Instant endedAt, String reason) {
}
