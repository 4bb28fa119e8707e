package io.callimport.producer.runs;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.callimport.producer.reconciliation.RunKind;
import io.callimport.producer.reconciliation.RunStatus;

/**
 * A run as the runs API shows it. The field names are part of the API contract.
 *
 * @param id the run
 * @param kind NIGHTLY, MANUAL, BACKFILL or GAP
 * @param status PENDING, RUNNING, SUCCEEDED or FAILED
 * @param from start of the window (inclusive): conversations that ended at or after it
 * @param to end of the window (exclusive)
 * @param progressUntil every conversation that ended before this instant is done
 * @param windowsTotal day windows of the range
 * @param windowsDone of those, finished
 * @param found group agents' ended voice conversations found so far
 * @param alreadyImported of those, imported already
 * @param inFlight of those, on their way (published or importing)
 * @param requeued of those, published by this run
 * @param failed of those, not published (the window is tried again)
 * @param genesysRequests Genesys API requests this run made, failed attempts included
 * @param attempts failed attempts of the current window
 * @param error why the last attempt failed
 * @param createdAt when the run was requested
 * @param startedAt when its first window started
 * @param finishedAt when it succeeded or failed
 * @param durationMs from start to finish (to now while it runs)
 */
public record RunView(UUID id, RunKind kind, RunStatus status, Instant from, Instant to,
		@Nullable Instant progressUntil, int windowsTotal, int windowsDone, int found, int alreadyImported,
		int inFlight, int requeued, int failed, int genesysRequests, int attempts, @Nullable String error,
		Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable Long durationMs) {
}
