package io.callimport.producer.runs;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.callimport.producer.reconciliation.ReconciliationProperties;
import io.callimport.producer.reconciliation.ReconciliationSettings;

import static org.assertj.core.api.Assertions.assertThat;

class NightlyWindowTests {

	static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

	static final ReconciliationProperties DEFAULTS = ReconciliationSettings.defaults();

	@Test
	void coversTheLastDayPlusTheOverlapEndingTheSettleTimeBeforeNow() {
		DayWindows.Window window = NightlyWindow.of(NOW, null, DEFAULTS);

		assertThat(window.to()).isEqualTo(Instant.parse("2026-11-24T01:45:00Z"));
		assertThat(window.from()).isEqualTo(Instant.parse("2026-11-23T00:45:00Z"));
	}

	@Test
	void aLastNightThatEndedInsideTheWindowChangesNothing() {
		DayWindows.Window window = NightlyWindow.of(NOW, Instant.parse("2026-11-23T01:45:00Z"), DEFAULTS);

		assertThat(window.from()).isEqualTo(Instant.parse("2026-11-23T00:45:00Z"));
	}

	@Test
	void missedNightsAreCoveredFromTheEndOfTheLastRunMinusTheOverlap() {
		DayWindows.Window window = NightlyWindow.of(NOW, Instant.parse("2026-11-20T01:45:00Z"), DEFAULTS);

		assertThat(window.from()).isEqualTo(Instant.parse("2026-11-20T00:45:00Z"));
		assertThat(DayWindows.count(window.from(), window.to())).isEqualTo(5);
	}

	@Test
	void catchingUpReachesBackNoFurtherThanMaxCatchUp() {
		DayWindows.Window window = NightlyWindow.of(NOW, Instant.parse("2026-10-01T01:45:00Z"), DEFAULTS);

		assertThat(window.from()).isEqualTo(Instant.parse("2026-11-17T01:45:00Z"));
	}

}
