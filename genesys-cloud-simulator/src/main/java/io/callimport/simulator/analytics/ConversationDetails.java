package io.callimport.simulator.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.mypurecloud.sdk.v2.model.AnalyticsConversationSegment;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationSegment.DisconnectTypeEnum;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationSegment.SegmentTypeEnum;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipantWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsSession;
import io.callimport.simulator.conversation.Conversation;
import io.callimport.simulator.conversation.Leg;
import org.jspecify.annotations.Nullable;

/**
 * A conversation as analytics sees it at one instant: participants that had joined, their
 * session and segments (open segments without {@code segmentEnd}), and
 * {@code conversationEnd} only once the customer has hung up.
 */
final class ConversationDetails {

	private ConversationDetails() {
	}

	static AnalyticsConversationWithoutAttributes of(Conversation conversation, Instant asOf) {
		List<AnalyticsParticipantWithoutAttributes> participants = conversation.legs()
			.stream()
			.filter((leg) -> leg.stateAt(asOf) != null)
			.map((leg) -> participant(conversation, leg, asOf))
			.toList();
		return new AnalyticsConversationWithoutAttributes().conversationId(conversation.id())
			.conversationStart(Date.from(conversation.start()))
			.conversationEnd(conversation.hasEnded(asOf) ? Date.from(conversation.end()) : null)
			.originatingDirection(AnalyticsConversationWithoutAttributes.OriginatingDirectionEnum.INBOUND)
			.divisionIds(List.of(conversation.divisionId()))
			.participants(participants);
	}

	private static AnalyticsParticipantWithoutAttributes participant(Conversation conversation, Leg leg, Instant asOf) {
		AnalyticsSession session = new AnalyticsSession().sessionId(leg.sessionId())
			.mediaType(
					conversation.isVoice() ? AnalyticsSession.MediaTypeEnum.VOICE : AnalyticsSession.MediaTypeEnum.CHAT)
			.direction(AnalyticsSession.DirectionEnum.INBOUND)
			.ani(conversation.ani())
			.dnis(conversation.dnis())
			.addressFrom(conversation.ani())
			.addressTo(conversation.dnis())
			.recording(conversation.recordings().isEmpty() ? null : Boolean.TRUE)
			.segments(segments(conversation, leg, asOf));
		return new AnalyticsParticipantWithoutAttributes().participantId(leg.participantId())
			.participantName(leg.name())
			.purpose(AnalyticsParticipantWithoutAttributes.PurposeEnum.valueOf(leg.purpose().toUpperCase(Locale.ROOT)))
			.userId(leg.userId())
			.sessions(List.of(session));
	}

	private static List<AnalyticsConversationSegment> segments(Conversation conversation, Leg leg, Instant asOf) {
		List<AnalyticsConversationSegment> segments = new ArrayList<>();
		if (leg.isAgent()) {
			add(segments, SegmentTypeEnum.ALERT, leg.joinedAt(), leg.connectedAt(), null, null, conversation, asOf);
		}
		add(segments, SegmentTypeEnum.INTERACT, leg.connectedAt(), leg.endedAt(), leg.disconnectType(), null,
				conversation, asOf);
		if (leg.wrapUpEndsAt() != null) {
			add(segments, SegmentTypeEnum.WRAPUP, leg.endedAt(), leg.wrapUpEndsAt(), null, leg.wrapUpCode(),
					conversation, asOf);
		}
		return segments;
	}

	private static void add(List<AnalyticsConversationSegment> segments, SegmentTypeEnum type, Instant start,
			Instant end, @Nullable String disconnectType, @Nullable String wrapUpCode, Conversation conversation,
			Instant asOf) {
		if (asOf.isBefore(start) || (!start.isBefore(end) && type != SegmentTypeEnum.INTERACT)) {
			return;
		}
		boolean ended = !asOf.isBefore(end);
		segments.add(new AnalyticsConversationSegment().segmentType(type)
			.segmentStart(Date.from(start))
			.segmentEnd(ended ? Date.from(end) : null)
			.queueId(conversation.queueId())
			.disconnectType((ended && disconnectType != null)
					? DisconnectTypeEnum.valueOf(disconnectType.toUpperCase(Locale.ROOT)) : null)
			.wrapUpCode(ended ? wrapUpCode : null)
			.conference(false));
	}

}
