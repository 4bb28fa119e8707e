package io.callimport.bench;

import java.util.Locale;

/**
 * One row of the table: a measured value, the target it is held against and whether it
 * meets it.
 *
 * @param scenario the scenario's name
 * @param figure what was measured
 * @param value the measured value with its unit
 * @param target the target ({@code —} when there is none)
 * @param met {@code yes}, {@code no} or {@code —}
 */
public record Figure(String scenario, String figure, String value, String target, String met) {

	/** No target, or nothing to hold the value against. */
	public static final String NONE = "—";

	/** A figure without a target (context for the others). */
	public static Figure info(String scenario, String figure, double value, String unit) {
		return new Figure(scenario, figure, format(value, unit), NONE, NONE);
	}

	/** A figure that must reach {@code target} or more. */
	public static Figure atLeast(String scenario, String figure, double value, double target, String unit) {
		return new Figure(scenario, figure, format(value, unit), "≥ " + format(target, unit), yesNo(value >= target));
	}

	/** A figure that must stay at {@code target} or below. */
	public static Figure atMost(String scenario, String figure, double value, double target, String unit) {
		return new Figure(scenario, figure, format(value, unit), "≤ " + format(target, unit), yesNo(value <= target));
	}

	/** A figure that either holds or not (e.g. "imported"). */
	public static Figure check(String scenario, String figure, boolean value, String target) {
		return new Figure(scenario, figure, value ? "yes" : "no", target, yesNo(value));
	}

	/**
	 * A scenario that could not produce its figures; the reason takes the value column.
	 */
	public static Figure failed(String scenario, String reason) {
		return new Figure(scenario, "scenario failed", reason, NONE, "no");
	}

	static String yesNo(boolean met) {
		return met ? "yes" : "no";
	}

	/**
	 * Whole numbers as they are; else two decimals below 10, one below 100, none above.
	 */
	public static String format(double value, String unit) {
		String number;
		if (Double.isNaN(value)) {
			number = "n/a";
		}
		else if (value == Math.rint(value) && Math.abs(value) < 1e12) {
			// counts stay counts
			number = Long.toString((long) value);
		}
		else if (Math.abs(value) < 10) {
			number = String.format(Locale.ROOT, "%.2f", value);
		}
		else if (Math.abs(value) < 100) {
			number = String.format(Locale.ROOT, "%.1f", value);
		}
		else {
			number = String.format(Locale.ROOT, "%.0f", value);
		}
		return unit.isEmpty() ? number : number + " " + unit;
	}

}
