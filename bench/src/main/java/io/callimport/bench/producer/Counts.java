package io.callimport.bench.producer;

import io.callimport.bench.Figure;

/** Figures that are counts, shown as whole numbers. */
final class Counts {

	private Counts() {
	}

	static Figure info(String scenario, String figure, long value) {
		return new Figure(scenario, figure, Long.toString(value), Figure.NONE, Figure.NONE);
	}

	static Figure atMost(String scenario, String figure, long value, long target) {
		return new Figure(scenario, figure, Long.toString(value), "≤ " + target, (value <= target) ? "yes" : "no");
	}

}
