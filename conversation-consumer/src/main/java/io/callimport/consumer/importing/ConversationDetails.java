package io.callimport.consumer.importing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.callimport.genesys.conversations.Conversation;
import io.callimport.genesys.conversations.Participant;
import io.callimport.genesys.conversations.Segment;
import io.callimport.genesys.conversations.Session;

/**
 * An ended conversation as analytics reports it, with the document as Genesys sent it.
 *
 * @param conversation the details, with the raw document (stored as jsonb)
 */
record ConversationDetails(Conversation conversation) {

	/** The raw details document, as stored. */
	String json() {
		return this.conversation.json();
	}

	Instant start() {
		return Objects.requireNonNull(this.conversation.start());
	}

	Instant end() {
		return Objects.requireNonNull(this.conversation.end());
	}

	List<Participant> participants() {
		return this.conversation.participants();
	}

	Stream<Session> sessions() {
		return participants().stream().flatMap(ConversationDetails::sessionsOf);
	}

	Stream<Segment> segments() {
		return sessions().flatMap(ConversationDetails::segmentsOf);
	}

	/**
	 * Whether analytics says that nothing was recorded: every session carries the
	 * recording flag and none is set. An absent flag proves nothing.
	 */
	boolean knownUnrecorded() {
		List<Session> sessions = sessions().toList();
		return !sessions.isEmpty()
				&& sessions.stream().allMatch((session) -> Boolean.FALSE.equals(session.recording()));
	}

	/**
	 * Whether an agent who answered has neither finished wrapping up (a wrap-up segment
	 * with an end) nor skipped after-call work yet: their wrap-up code is still to come.
	 */
	boolean awaitsWrapUp() {
		return participants().stream()
			.filter((participant) -> Participant.AGENT.equals(participant.purpose()))
			.anyMatch((participant) -> {
				List<Session> sessions = participant.sessions();
				boolean answered = sessions.stream()
					.flatMap(ConversationDetails::segmentsOf)
					.anyMatch((segment) -> Segment.INTERACT.equals(segment.segmentType()));
				boolean wrapped = sessions.stream()
					.flatMap(ConversationDetails::segmentsOf)
					.anyMatch((segment) -> Segment.WRAPUP.equals(segment.segmentType()) && segment.end() != null);
				boolean skipped = sessions.stream().anyMatch((session) -> Boolean.TRUE.equals(session.acwSkipped()));
				return answered && !wrapped && !skipped;
			});
	}

	static Stream<Session> sessionsOf(Participant participant) {
		return participant.sessions().stream();
	}

	static Stream<Segment> segmentsOf(Session session) {
		return session.segments().stream();
	}

}
