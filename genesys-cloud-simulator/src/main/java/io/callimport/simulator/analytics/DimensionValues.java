package io.callimport.simulator.analytics;

import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.mypurecloud.sdk.v2.model.AnalyticsConversationSegment;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipantWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsSession;
import io.callimport.simulator.web.GenesysApiException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dimensions filters may name from a conversation's details: conversation
 * dimensions from the conversation, segment dimensions from one segment and its session
 * and participant.
 */
final class DimensionValues {

	private DimensionValues() {
	}

	static Function<String, List<String>> conversation(AnalyticsConversationWithoutAttributes c) {
		return (dimension) -> switch (dimension) {
			case "conversationEnd" -> values(date(c.getConversationEnd()));
			case "conversationStart" -> values(date(c.getConversationStart()));
			case "conversationId" -> values(c.getConversationId());
			case "divisionId" -> (c.getDivisionIds() != null) ? c.getDivisionIds() : List.of();
			case "originatingDirection" -> values(text(c.getOriginatingDirection()));
			default -> throw unsupported(dimension);
		};
	}

	static Function<String, List<String>> segment(AnalyticsConversationWithoutAttributes c,
			AnalyticsParticipantWithoutAttributes p, AnalyticsSession s, AnalyticsConversationSegment segment) {
		return (dimension) -> switch (dimension) {
			case "mediaType" -> values(text(s.getMediaType()));
			case "direction" -> values(text(s.getDirection()));
			case "ani" -> values(s.getAni());
			case "dnis" -> values(s.getDnis());
			case "addressFrom" -> values(s.getAddressFrom());
			case "addressTo" -> values(s.getAddressTo());
			case "recording" -> values(text(s.getRecording()));
			case "userId" -> values(p.getUserId());
			case "purpose" -> values(text(p.getPurpose()));
			case "participantName" -> values(p.getParticipantName());
			case "queueId" -> values(segment.getQueueId());
			case "segmentType" -> values(text(segment.getSegmentType()));
			case "disconnectType" -> values(text(segment.getDisconnectType()));
			case "wrapUpCode" -> values(segment.getWrapUpCode());
			case "segmentEnd" -> values(date(segment.getSegmentEnd()));
			default -> throw unsupported(dimension);
		};
	}

	private static List<String> values(@Nullable String value) {
		return (value != null) ? List.of(value) : List.of();
	}

	private static @Nullable String text(@Nullable Object value) {
		return Objects.toString(value, null);
	}

	private static @Nullable String date(@Nullable Date date) {
		return (date != null) ? date.toInstant().toString() : null;
	}

	private static GenesysApiException unsupported(String dimension) {
		return GenesysApiException.badRequest("The simulator does not support the dimension " + dimension);
	}

}
