package io.callimport.consumer.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mypurecloud.sdk.v2.model.AnalyticsConversationSegment;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes.OriginatingDirectionEnum;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipantWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipantWithoutAttributes.PurposeEnum;
import com.mypurecloud.sdk.v2.model.AnalyticsSession;
import com.mypurecloud.sdk.v2.model.AnalyticsSession.MediaTypeEnum;

/**
 * Small factories of analytics details for unit tests.
 */
final class Details {

	static final Instant START = Instant.parse("2026-11-24T10:00:00Z");

	static final Instant END = Instant.parse("2026-11-24T10:05:00Z");

	private Details() {
	}

	/** Customer → queue → agent-1 (transfers to agent-2 when given), recorded. */
	static ConversationDetails inbound(String conversationId, Boolean recorded, String... agents) {
		List<AnalyticsParticipantWithoutAttributes> participants = new ArrayList<>();
		participants.add(participant(PurposeEnum.CUSTOMER, null,
				session(recorded).ani("tel:+15551230000")
					.dnis("tel:+15559870000")
					.segments(List.of(segment(null, null, AnalyticsConversationSegment.DisconnectTypeEnum.ENDPOINT)))));
		participants.add(participant(PurposeEnum.ACD, null,
				session(recorded).segments(List.of(segment("queue-1", null, null)))));
		for (String agent : agents) {
			participants.add(participant(PurposeEnum.AGENT, agent, session(recorded).segments(List
				.of(segment("queue-1", "wrap-" + agent, AnalyticsConversationSegment.DisconnectTypeEnum.TRANSFER)))));
		}
		AnalyticsConversationWithoutAttributes conversation = new AnalyticsConversationWithoutAttributes()
			.conversationId(conversationId)
			.conversationStart(Date.from(START))
			.conversationEnd(Date.from(END))
			.originatingDirection(OriginatingDirectionEnum.INBOUND)
			.divisionIds(List.of("division-1"))
			.participants(participants);
		return new ConversationDetails(conversation, "{\"conversationId\":\"" + conversationId + "\"}");
	}

	private static AnalyticsParticipantWithoutAttributes participant(PurposeEnum purpose, String userId,
			AnalyticsSession session) {
		return new AnalyticsParticipantWithoutAttributes().purpose(purpose).userId(userId).sessions(List.of(session));
	}

	private static AnalyticsSession session(Boolean recorded) {
		return new AnalyticsSession().mediaType(MediaTypeEnum.VOICE).recording(recorded);
	}

	private static AnalyticsConversationSegment segment(String queueId, String wrapUp,
			AnalyticsConversationSegment.DisconnectTypeEnum disconnect) {
		return new AnalyticsConversationSegment().queueId(queueId)
			.wrapUpCode(wrapUp)
			.disconnectType(disconnect)
			.segmentStart(Date.from(START))
			.segmentEnd(Date.from(END));
	}

}
