package io.callimport.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTests {

	@Test
	void nearestRankReportsMeasuredValues() {
		Percentiles percentiles = new Percentiles(List.of(5, 1, 4, 2, 3, 6, 7, 8, 9, 10));
		assertThat(percentiles.percentile(50)).isEqualTo(5);
		assertThat(percentiles.percentile(95)).isEqualTo(10);
		assertThat(percentiles.percentile(10)).isEqualTo(1);
		assertThat(percentiles.max()).isEqualTo(10);
	}

	@Test
	void emptySampleHasNoPercentile() {
		assertThat(new Percentiles(List.of()).percentile(99)).isNaN();
	}

	@Test
	void tableAlignsColumnsAndJudgesTargets() {
		String table = new ResultTable(List.of(Figure.atMost("latency", "p99", 1.5, 2, "s"),
				Figure.atLeast("rate", "imports per minute", 900, 1000, "/min"), Figure.info("rate", "calls", 3, "")))
			.render();
		assertThat(table.lines().toList()).hasSize(5).allSatisfy((line) -> assertThat(line).startsWith("| "));
		assertThat(table).contains("| 1.50 s ", "| ≤ 2 s ", "| yes ", "| 900 /min ", "| ≥ 1000 /min ", "| no ", "| 3 ");
	}

}
