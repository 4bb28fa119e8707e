package io.callimport.producer.runs;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A run's range is worked through in windows of at most one day, from its start on; each
 * finished window moves {@code progress_until} to its end.
 */
final class DayWindows {

	static final Duration DAY = Duration.ofDays(1);

	private DayWindows() {
	}

	/** How many windows {@code [from, to)} takes. */
	static int count(Instant from, Instant to) {
		long millis = Duration.between(from, to).toMillis();
		return (int) Math.max(1, (millis + DAY.toMillis() - 1) / DAY.toMillis());
	}

	/** The window after {@code progressUntil} (the first one when it is null). */
	static Window next(Instant from, Instant to, @Nullable Instant progressUntil) {
		Instant start = (progressUntil != null) ? progressUntil : from;
		Instant end = start.plus(DAY);
		return new Window(start, end.isBefore(to) ? end : to);
	}

	/** {@code [from, to)}. */
	record Window(Instant from, Instant to) {
	}

}
