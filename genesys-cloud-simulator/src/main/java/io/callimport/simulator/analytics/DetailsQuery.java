package io.callimport.simulator.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import com.mypurecloud.sdk.v2.model.AnalyticsConversationSegment;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipantWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsSession;
import io.callimport.simulator.web.GenesysApiException;
import org.jspecify.annotations.Nullable;

/**
 * The matching rules of a details query: the interval and the filters. Conversation
 * filters test the conversation; a segment filter holds when one segment satisfies it;
 * every filter must hold.
 */
record DetailsQuery(Instant from, Instant to, List<QueryFilter> segmentFilters, List<QueryFilter> conversationFilters,
		boolean descending, boolean byEnd) {

	private static final Duration MAX_WITHOUT_FILTERS = Duration.ofDays(7);

	private static final Duration MAX_WITH_FILTERS = Duration.ofDays(31);

	static DetailsQuery of(@Nullable String interval, List<QueryFilter> segmentFilters,
			List<QueryFilter> conversationFilters, @Nullable Object order, @Nullable Object orderBy,
			boolean limitInterval) {
		Instant[] range = interval(interval);
		boolean filtered = !segmentFilters.isEmpty() || !conversationFilters.isEmpty();
		Duration length = Duration.between(range[0], range[1]);
		if (limitInterval && length.compareTo(filtered ? MAX_WITH_FILTERS : MAX_WITHOUT_FILTERS) > 0) {
			throw GenesysApiException.badRequest("The interval " + interval + " is too long: at most "
					+ (filtered ? "31 days with filters" : "7 days without filters"));
		}
		String by = (orderBy != null) ? orderBy.toString() : "conversationStart";
		if (!by.equals("conversationStart") && !by.equals("conversationEnd")) {
			throw GenesysApiException.badRequest("The simulator orders by conversationStart or conversationEnd only");
		}
		return new DetailsQuery(range[0], range[1], segmentFilters, conversationFilters,
				"desc".equals(String.valueOf(order)), by.equals("conversationEnd"));
	}

	private static Instant[] interval(@Nullable String interval) {
		String[] parts = (interval != null) ? interval.split("/") : new String[0];
		if (parts.length != 2) {
			throw GenesysApiException.badRequest("interval must be two ISO-8601 instants separated by /");
		}
		try {
			Instant from = OffsetDateTime.parse(parts[0]).toInstant();
			Instant to = OffsetDateTime.parse(parts[1]).toInstant();
			if (!from.isBefore(to)) {
				throw GenesysApiException.badRequest("The interval's start must lie before its end");
			}
			return new Instant[] { from, to };
		}
		catch (DateTimeParseException ex) {
			throw GenesysApiException.badRequest("interval is not ISO-8601: " + interval);
		}
	}

	/**
	 * Genesys' query rule: the conversation started on a UTC day the interval touches.
	 */
	boolean startDayTouched(Instant start) {
		Instant day = start.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
		return this.from.isBefore(day.plus(Duration.ofDays(1))) && this.to.isAfter(day);
	}

	/** The jobs rule: the conversation's lifetime overlaps the interval. */
	boolean overlaps(Instant start, @Nullable Instant end) {
		return start.isBefore(this.to) && (end == null || !end.isBefore(this.from));
	}

	boolean matches(AnalyticsConversationWithoutAttributes details) {
		if (!this.conversationFilters.stream().allMatch((f) -> f.test(DimensionValues.conversation(details)))) {
			return false;
		}
		return this.segmentFilters.stream().allMatch((filter) -> anySegment(details, filter));
	}

	private static boolean anySegment(AnalyticsConversationWithoutAttributes details, QueryFilter filter) {
		for (AnalyticsParticipantWithoutAttributes participant : details.getParticipants()) {
			for (AnalyticsSession session : participant.getSessions()) {
				for (AnalyticsConversationSegment segment : session.getSegments()) {
					if (filter.test(DimensionValues.segment(details, participant, session, segment))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	Comparator<AnalyticsConversationWithoutAttributes> order() {
		Comparator<AnalyticsConversationWithoutAttributes> comparator = this.byEnd
				? Comparator.comparing(AnalyticsConversationWithoutAttributes::getConversationEnd,
						Comparator.nullsLast(Comparator.naturalOrder()))
				: Comparator.comparing(AnalyticsConversationWithoutAttributes::getConversationStart);
		comparator = comparator.thenComparing(AnalyticsConversationWithoutAttributes::getConversationId);
		return this.descending ? comparator.reversed() : comparator;
	}

}
