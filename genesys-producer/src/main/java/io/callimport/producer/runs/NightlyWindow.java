package io.callimport.producer.runs;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.callimport.producer.reconciliation.ReconciliationProperties;

/**
 * The window of a nightly run started at {@code now}: {@code window} plus
 * {@code overlap}, ending {@code settle-time} before now. When the last nightly run ended
 * earlier than that (nights were missed: every replica was down), it reaches back to that
 * end, minus the overlap, but no further than {@code max-catch-up}.
 */
final class NightlyWindow {

	private NightlyWindow() {
	}

	static DayWindows.Window of(Instant now, @Nullable Instant lastNightlyEnd, ReconciliationProperties properties) {
		Instant to = now.minus(properties.settleTime());
		Instant from = to.minus(properties.window()).minus(properties.overlap());
		if (lastNightlyEnd != null) {
			Instant continued = lastNightlyEnd.minus(properties.overlap());
			Instant earliest = to.minus(properties.maxCatchUp());
			if (continued.isBefore(from)) {
				from = continued.isAfter(earliest) ? continued : earliest;
			}
		}
		return new DayWindows.Window(from, to);
	}

}
