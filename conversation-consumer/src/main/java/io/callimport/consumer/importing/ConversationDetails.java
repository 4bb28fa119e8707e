package io.callimport.consumer.importing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.mypurecloud.sdk.v2.model.AnalyticsConversationSegment;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationSegment.SegmentTypeEnum;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipantWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipantWithoutAttributes.PurposeEnum;
import com.mypurecloud.sdk.v2.model.AnalyticsSession;

/**
 * An ended conversation as analytics reports it, with the document as Genesys sent it.
 *
 * @param conversation the SDK's model of the details
 * @param json the raw details document (stored as jsonb)
 */
record ConversationDetails(AnalyticsConversationWithoutAttributes conversation, String json) {

	Instant start() {
		return Objects.requireNonNull(this.conversation.getConversationStart()).toInstant();
	}

	Instant end() {
		return Objects.requireNonNull(this.conversation.getConversationEnd()).toInstant();
	}

	List<AnalyticsParticipantWithoutAttributes> participants() {
		List<AnalyticsParticipantWithoutAttributes> participants = this.conversation.getParticipants();
		return (participants != null) ? participants.stream().filter(Objects::nonNull).toList() : List.of();
	}

	Stream<AnalyticsSession> sessions() {
		return participants().stream().flatMap(ConversationDetails::sessionsOf);
	}

	Stream<AnalyticsConversationSegment> segments() {
		return sessions().flatMap(ConversationDetails::segmentsOf);
	}

	/**
	 * Whether analytics says that nothing was recorded: every session carries the
	 * recording flag and none is set. An absent flag proves nothing.
	 */
	boolean knownUnrecorded() {
		List<AnalyticsSession> sessions = sessions().toList();
		return !sessions.isEmpty()
				&& sessions.stream().allMatch((session) -> Boolean.FALSE.equals(session.getRecording()));
	}

	/**
	 * Whether an agent who answered has neither finished wrapping up (a wrap-up segment
	 * with an end) nor skipped after-call work yet: their wrap-up code is still to come.
	 */
	boolean awaitsWrapUp() {
		return participants().stream()
			.filter((participant) -> participant.getPurpose() == PurposeEnum.AGENT)
			.anyMatch((participant) -> {
				List<AnalyticsSession> sessions = sessionsOf(participant).toList();
				boolean answered = sessions.stream()
					.flatMap(ConversationDetails::segmentsOf)
					.anyMatch((segment) -> segment.getSegmentType() == SegmentTypeEnum.INTERACT);
				boolean wrapped = sessions.stream()
					.flatMap(ConversationDetails::segmentsOf)
					.anyMatch((segment) -> segment.getSegmentType() == SegmentTypeEnum.WRAPUP
							&& segment.getSegmentEnd() != null);
				boolean skipped = sessions.stream().anyMatch((session) -> Boolean.TRUE.equals(session.getAcwSkipped()));
				return answered && !wrapped && !skipped;
			});
	}

	static Stream<AnalyticsSession> sessionsOf(AnalyticsParticipantWithoutAttributes participant) {
		List<AnalyticsSession> sessions = participant.getSessions();
		return (sessions != null) ? sessions.stream().filter(Objects::nonNull) : Stream.empty();
	}

	static Stream<AnalyticsConversationSegment> segmentsOf(AnalyticsSession session) {
		List<AnalyticsConversationSegment> segments = session.getSegments();
		return (segments != null) ? segments.stream().filter(Objects::nonNull) : Stream.empty();
	}

}
