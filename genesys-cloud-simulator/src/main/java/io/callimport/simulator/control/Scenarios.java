package io.callimport.simulator.control;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Checks shared by the scenario records; a failed check is a 400 for the control API.
 */
final class Scenarios {

	private Scenarios() {
	}

	static void requireText(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is required");
		}
	}

	static double share(@Nullable Double value, double fallback, String name) {
		double share = (value != null) ? value : fallback;
		if (share < 0 || share > 1) {
			throw new IllegalArgumentException(name + " must be between 0 and 1, was " + share);
		}
		return share;
	}

	static Duration positive(@Nullable Duration value, Duration fallback, String name) {
		Duration duration = (value != null) ? value : fallback;
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException(name + " must be positive, was " + duration);
		}
		return duration;
	}

	static Duration notNegative(@Nullable Duration value, Duration fallback, String name) {
		Duration duration = (value != null) ? value : fallback;
		if (duration.isNegative()) {
			throw new IllegalArgumentException(name + " must not be negative, was " + duration);
		}
		return duration;
	}

	static int atLeast(@Nullable Integer value, int fallback, int minimum, String name) {
		int number = (value != null) ? value : fallback;
		if (number < minimum) {
			throw new IllegalArgumentException(name + " must be at least " + minimum + ", was " + number);
		}
		return number;
	}

}
