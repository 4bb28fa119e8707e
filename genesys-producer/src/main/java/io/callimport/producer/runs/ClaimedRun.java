package io.callimport.producer.runs;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.callimport.producer.reconciliation.RunKind;

/**
 * An unfinished run this replica now owns.
 *
 * @param id the run
 * @param kind its kind
 * @param from start of its range
 * @param to end of its range
 * @param progressUntil end of its last finished window, null before the first
 * @param attempts failed attempts of its next window so far
 */
record ClaimedRun(UUID id, RunKind kind, Instant from, Instant to, @Nullable Instant progressUntil, int attempts) {

	DayWindows.Window nextWindow() {
		return DayWindows.next(this.from, this.to, this.progressUntil);
	}

}
