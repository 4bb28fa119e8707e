package io.callimport.consumer.importing;

import java.util.Date;
import java.util.List;

import com.mypurecloud.sdk.v2.model.AnalyticsConversationSegment;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationSegment.SegmentTypeEnum;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipantWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipantWithoutAttributes.PurposeEnum;
import com.mypurecloud.sdk.v2.model.AnalyticsSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationDetailsTests {

	@Test
	void agentInAfterCallWorkIsAwaitedUntilTheWrapUpSegmentEnds() {
		assertThat(details(agent(segment(SegmentTypeEnum.INTERACT, true))).awaitsWrapUp()).isTrue();
		assertThat(details(agent(segment(SegmentTypeEnum.INTERACT, true), segment(SegmentTypeEnum.WRAPUP, false)))
			.awaitsWrapUp()).isTrue();
		assertThat(details(agent(segment(SegmentTypeEnum.INTERACT, true), segment(SegmentTypeEnum.WRAPUP, true)))
			.awaitsWrapUp()).isFalse();
	}

	@Test
	void agentWhoSkippedAfterCallWorkOrNeverAnsweredIsNotAwaited() {
		AnalyticsParticipantWithoutAttributes skipped = agent(segment(SegmentTypeEnum.INTERACT, true));
		skipped.getSessions().get(0).setAcwSkipped(true);
		assertThat(details(skipped).awaitsWrapUp()).isFalse();
		assertThat(details(agent(segment(SegmentTypeEnum.ALERT, true))).awaitsWrapUp()).isFalse();
	}

	private static ConversationDetails details(AnalyticsParticipantWithoutAttributes agent) {
		return new ConversationDetails(new AnalyticsConversationWithoutAttributes().conversationId("c1")
			.conversationStart(Date.from(Details.START))
			.conversationEnd(Date.from(Details.END))
			.participants(List.of(agent)), "{}");
	}

	private static AnalyticsParticipantWithoutAttributes agent(AnalyticsConversationSegment... segments) {
		return new AnalyticsParticipantWithoutAttributes().purpose(PurposeEnum.AGENT)
			.userId("a1")
			.sessions(List.of(new AnalyticsSession().segments(List.of(segments))));
	}

	private static AnalyticsConversationSegment segment(SegmentTypeEnum type, boolean ended) {
		return new AnalyticsConversationSegment().segmentType(type)
			.segmentStart(Date.from(Details.START))
			.segmentEnd(ended ? Date.from(Details.END) : null);
	}

}
