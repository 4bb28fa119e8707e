package io.callimport.producer.reconciliation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a reconciliation run found and did.
 *
 * @param runId its {@code reconciliation_runs} row
 * @param succeeded whether it completed
 * @param from start of the window
 * @param to end of the window
 * @param found group agents' ended voice conversations of the window
 * @param alreadyImported of those, imported (or failed for good) already
 * @param inFlight published or importing, not finished yet
 * @param requeued published now
 * @param failed could not be published
 * @param error why the run failed
 */
public record RunResult(UUID runId, boolean succeeded, Instant from, Instant to, int found, int alreadyImported,
		int inFlight, int requeued, int failed, @Nullable String error) {
}
