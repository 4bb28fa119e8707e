package io.callimport.producer.call;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.callimport.model.message.CallStatus;

/**
 * Which calls to list: ended in {@code [from, to)}, optionally in one status.
 */
record CallFilter(@Nullable Instant from, @Nullable Instant to, @Nullable CallStatus status) {
}
