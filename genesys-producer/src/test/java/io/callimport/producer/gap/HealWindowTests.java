package io.callimport.producer.gap;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealWindowTests {

	private static final Instant END = Instant.parse("2026-11-24T10:00:00Z");

	private static final Duration MARGIN = Duration.ofMinutes(1);

	@Test
	void aGapWithinTheCapIsHealedWholeWithItsMargins() {
		HealWindow window = HealWindow.of(END.minus(Duration.ofHours(2)), END, MARGIN, Duration.ofDays(30));

		assertThat(window.from()).isEqualTo(END.minus(Duration.ofHours(2)).minus(MARGIN));
		assertThat(window.to()).isEqualTo(END.plus(MARGIN));
		assertThat(window.partial()).isFalse();
		assertThat(window.uncovered()).isZero();
	}

	@Test
	void aLongerGapIsHealedForItsNewestPartAndTheRestIsReported() {
		Instant start = END.minus(Duration.ofDays(40));

		HealWindow window = HealWindow.of(start, END, MARGIN, Duration.ofDays(30));

		assertThat(window.to()).isEqualTo(END.plus(MARGIN));
		assertThat(Duration.between(window.from(), window.to())).isEqualTo(Duration.ofDays(30));
		assertThat(window.uncoveredFrom()).isEqualTo(start.minus(MARGIN));
		assertThat(window.uncovered()).isEqualTo(Duration.ofDays(10).plus(MARGIN).plus(MARGIN));
	}

	@Test
	void theCapLeavesRoomForTheQueryLookbackWithinGenesysThirtyOneDays() {
		assertThat(GapHealer.effectiveMaxWindow(Duration.ofDays(30), Duration.ofHours(12)))
			.isEqualTo(Duration.ofDays(30));
		assertThat(GapHealer.effectiveMaxWindow(Duration.ofDays(31), Duration.ofHours(12)))
			.isEqualTo(Duration.ofDays(31).minusHours(12));
	}

}
