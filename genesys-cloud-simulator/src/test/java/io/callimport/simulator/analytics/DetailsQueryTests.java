package io.callimport.simulator.analytics;

import java.time.Instant;
import java.util.List;

import io.callimport.simulator.web.GenesysApiException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DetailsQueryTests {

	private static final QueryFilter ANY = new QueryFilter(true, List.of(), List.of());

	@Test
	void selectsConversationsThatStartedOnAUtcDayTheIntervalTouches() {
		DetailsQuery query = DetailsQuery.of("2026-11-23T10:00:00Z/2026-11-23T11:00:00Z", List.of(), List.of(), null,
				null, true);

		assertThat(query.startDayTouched(Instant.parse("2026-11-23T00:00:00Z"))).isTrue();
		assertThat(query.startDayTouched(Instant.parse("2026-11-23T23:59:59Z"))).isTrue();
		assertThat(query.startDayTouched(Instant.parse("2026-11-22T23:59:59Z"))).isFalse();
		assertThat(query.startDayTouched(Instant.parse("2026-11-24T00:00:00Z"))).isFalse();
	}

	@Test
	void treatsAnIntervalEndingAtMidnightAsNotTouchingTheNextDay() {
		DetailsQuery query = DetailsQuery.of("2026-11-23T00:00:00.000Z/2026-11-24T00:00:00.000Z", List.of(), List.of(),
				null, null, true);

		assertThat(query.startDayTouched(Instant.parse("2026-11-24T00:00:00Z"))).isFalse();
		assertThat(query.startDayTouched(Instant.parse("2026-11-23T05:00:00Z"))).isTrue();
	}

	@Test
	void matchesJobsByLifetimeOverlap() {
		DetailsQuery query = DetailsQuery.of("2026-11-23T10:00:00Z/2026-11-23T11:00:00Z", List.of(), List.of(), null,
				null, false);

		assertThat(query.overlaps(Instant.parse("2026-11-23T09:00:00Z"), Instant.parse("2026-11-23T10:00:01Z")))
			.isTrue();
		assertThat(query.overlaps(Instant.parse("2026-11-23T09:00:00Z"), Instant.parse("2026-11-23T09:59:00Z")))
			.isFalse();
		assertThat(query.overlaps(Instant.parse("2026-11-23T10:59:00Z"), null)).isTrue();
	}

	@Test
	void limitsTheIntervalToSevenDaysWithoutFiltersAnd31WithFilters() {
		assertThatExceptionOfType(GenesysApiException.class)
			.isThrownBy(() -> DetailsQuery.of("2026-11-01T00:00:00Z/2026-11-08T00:00:01Z", List.of(), List.of(), null,
					null, true))
			.withMessageContaining("7 days");
		DetailsQuery.of("2026-11-01T00:00:00Z/2026-11-08T00:00:00Z", List.of(), List.of(), null, null, true);
		DetailsQuery.of("2026-10-01T00:00:00Z/2026-11-01T00:00:00Z", List.of(ANY), List.of(), null, null, true);
		assertThatExceptionOfType(GenesysApiException.class)
			.isThrownBy(() -> DetailsQuery.of("2026-10-01T00:00:00Z/2026-11-02T00:00:00Z", List.of(ANY), List.of(),
					null, null, true))
			.withMessageContaining("31 days");
	}

	@Test
	void refusesMalformedIntervals() {
		assertThatExceptionOfType(GenesysApiException.class)
			.isThrownBy(() -> DetailsQuery.of("yesterday", List.of(), List.of(), null, null, true));
		assertThatExceptionOfType(GenesysApiException.class).isThrownBy(() -> DetailsQuery
			.of("2026-11-02T00:00:00Z/2026-11-01T00:00:00Z", List.of(), List.of(), null, null, true));
	}

}
