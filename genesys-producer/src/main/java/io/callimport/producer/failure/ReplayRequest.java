package io.callimport.producer.failure;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST …/failures}: the failures to replay, or none for every OPEN
 * one.
 */
record ReplayRequest(@Nullable @Size(max = FailureReplayer.MAX_PER_REQUEST) List<UUID> ids) {
}
