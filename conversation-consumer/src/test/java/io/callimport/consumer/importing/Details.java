package io.callimport.consumer.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.callimport.genesys.conversations.Conversation;
import io.callimport.genesys.conversations.Participant;
import io.callimport.genesys.conversations.Segment;
import io.callimport.genesys.conversations.Session;

/**
 * Small factories of analytics details for unit tests, as the conversation-details
 * gateway returns them.
 */
final class Details {

	static final Instant START = Instant.parse("2026-11-24T10:00:00Z");

	static final Instant END = Instant.parse("2026-11-24T10:05:00Z");

	private Details() {
	}

	/** Customer → queue → agent-1 (transfers to agent-2 when given), recorded. */
	static ConversationDetails inbound(String conversationId, Boolean recorded, String... agents) {
		List<Participant> participants = new ArrayList<>();
		participants.add(new Participant(null, Participant.CUSTOMER,
				List.of(session("tel:+15551230000", "tel:+15559870000", recorded, segment(null, null, "endpoint")))));
		participants.add(new Participant(null, Participant.ACD,
				List.of(session(null, null, recorded, segment("queue-1", null, null)))));
		for (String agent : agents) {
			participants.add(new Participant(agent, Participant.AGENT,
					List.of(session(null, null, recorded, segment("queue-1", "wrap-" + agent, "transfer")))));
		}
		return of(conversationId, "inbound", participants);
	}

	static ConversationDetails of(String conversationId, String direction, List<Participant> participants) {
		return new ConversationDetails(new Conversation(conversationId, START, END, direction, List.of("division-1"),
				participants, "{\"conversationId\":\"" + conversationId + "\"}"));
	}

	static Session session(String ani, String dnis, Boolean recorded, Segment... segments) {
		return new Session(ani, dnis, "inbound", recorded, null, List.of(segments));
	}

	static Segment segment(String queueId, String wrapUp, String disconnect) {
		return new Segment(Segment.INTERACT, queueId, wrapUp, disconnect, START, END);
	}

}
