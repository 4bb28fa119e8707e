package io.callimport.producer.gap;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The window a gap is healed with: [start − margin, end + margin], but at most
 * {@code maxWindow} long, keeping its newest part; what is cut off at the start is
 * {@code uncoveredFrom}–{@code from}, left to an operator's backfill.
 *
 * @param from where the reconciliation starts
 * @param to where it ends
 * @param uncoveredFrom where the part that is not healed starts; null when the whole gap
 * is covered
 */
record HealWindow(Instant from, Instant to, @Nullable Instant uncoveredFrom) {

	static HealWindow of(Instant gapStart, Instant gapEnd, Duration margin, Duration maxWindow) {
		Instant from = gapStart.minus(margin);
		Instant to = gapEnd.plus(margin);
		Instant earliest = to.minus(maxWindow);
		return from.isBefore(earliest) ? new HealWindow(earliest, to, from) : new HealWindow(from, to, null);
	}

	boolean partial() {
		return this.uncoveredFrom != null;
	}

	/** How much of the gap is not healed. */
	Duration uncovered() {
		return (this.uncoveredFrom != null) ? Duration.between(this.uncoveredFrom, this.from) : Duration.ZERO;
	}

}
