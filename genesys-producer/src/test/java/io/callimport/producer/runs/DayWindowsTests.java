package io.callimport.producer.runs;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DayWindowsTests {

	static final Instant FROM = Instant.parse("2026-11-17T00:00:00Z");

	@Test
	void aRangeIsCountedInWholeDaysRoundedUp() {
		assertThat(DayWindows.count(FROM, Instant.parse("2026-11-24T00:00:00Z"))).isEqualTo(7);
		assertThat(DayWindows.count(FROM, Instant.parse("2026-11-24T00:00:01Z"))).isEqualTo(8);
		assertThat(DayWindows.count(FROM, Instant.parse("2026-11-17T00:10:00Z"))).isEqualTo(1);
	}

	@Test
	void windowsFollowTheProgressAndTheLastOneEndsWithTheRange() {
		Instant to = Instant.parse("2026-11-19T06:00:00Z");

		assertThat(DayWindows.next(FROM, to, null))
			.isEqualTo(new DayWindows.Window(FROM, Instant.parse("2026-11-18T00:00:00Z")));
		assertThat(DayWindows.next(FROM, to, Instant.parse("2026-11-18T00:00:00Z"))).isEqualTo(
				new DayWindows.Window(Instant.parse("2026-11-18T00:00:00Z"), Instant.parse("2026-11-19T00:00:00Z")));
		assertThat(DayWindows.next(FROM, to, Instant.parse("2026-11-19T00:00:00Z")))
			.isEqualTo(new DayWindows.Window(Instant.parse("2026-11-19T00:00:00Z"), to));
	}

}
