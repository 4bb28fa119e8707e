package io.callimport.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Percentiles of a sample by the nearest-rank method: every reported value is one that
 * was measured, none is interpolated.
 */
public final class Percentiles {

	private final double[] sorted;

	public Percentiles(Collection<? extends Number> values) {
		this.sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
	}

	public int count() {
		return this.sorted.length;
	}

	/** The p-th percentile (0 < p ≤ 100); NaN for an empty sample. */
	public double percentile(double p) {
		if (this.sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100.0 * this.sorted.length);
		return this.sorted[Math.min(this.sorted.length, Math.max(1, rank)) - 1];
	}

	public double max() {
		return (this.sorted.length == 0) ? Double.NaN : this.sorted[this.sorted.length - 1];
	}

	@Override
	public String toString() {
		return Arrays.toString(this.sorted);
	}

}
