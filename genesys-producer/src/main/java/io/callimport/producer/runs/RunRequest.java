package io.callimport.producer.runs;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST …/reconciliations}: conversations that ended in
 * {@code [from, to)}, ISO-8601 instants.
 */
record RunRequest(@NotNull @Nullable Instant from, @NotNull @Nullable Instant to) {
}
