package io.callimport.producer.failure;

import java.util.List;
import java.util.UUID;

/**
 * What a dismissal did.
 *
 * @param dismissed now DISMISSED
 * @param skipped left alone, with why (not found, or not OPEN)
 */
record DismissResult(List<UUID> dismissed, List<ReplayResult.Skipped> skipped) {
}
