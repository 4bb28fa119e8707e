package io.callimport.simulator.control;

import java.time.Duration;

/**
 * A range of call durations; random calls draw uniformly from it.
 */
public record DurationRange(Duration min, Duration max) {

	public DurationRange {
		Scenarios.positive(min, min, "callDuration.min");
		Scenarios.positive(max, max, "callDuration.max");
		if (max.compareTo(min) < 0) {
			throw new IllegalArgumentException("callDuration.max must not be below callDuration.min");
		}
	}

	public static DurationRange of(Duration min, Duration max) {
		return new DurationRange(min, max);
	}

}
