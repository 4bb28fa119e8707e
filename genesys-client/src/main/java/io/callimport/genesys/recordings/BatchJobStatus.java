package io.callimport.genesys.recordings;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A recording batch job's progress.
 *
 * @param expectedResultCount {@code expectedResultCount}; null until Genesys knows it
 * @param resultCount {@code resultCount}
 * @param errorCount {@code errorCount}
 * @param results {@code results} so far
 */
public record BatchJobStatus(@Nullable Integer expectedResultCount, int resultCount, int errorCount,
		List<BatchResult> results) {

	public BatchJobStatus {
		results = List.copyOf(results);
	}

	/** Whether every expected result (or error) is in. */
	public boolean complete() {
		return this.expectedResultCount != null && this.resultCount + this.errorCount >= this.expectedResultCount;
	}

}
