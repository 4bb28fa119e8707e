package io.callimport.genesys.analytics;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A conversation as analytics lists it, with what telling whether it is a group agent's
 * ended call needs. Genesys may leave any field out.
 *
 * @param conversationId the conversation id
 * @param start conversationStart
 * @param end conversationEnd
 * @param participantUserIds the user ids of the participants that have one, in Genesys'
 * order
 */
public record ConversationSummary(@Nullable String conversationId, @Nullable Instant start, @Nullable Instant end,
		List<String> participantUserIds) {

	public ConversationSummary {
		participantUserIds = List.copyOf(participantUserIds);
	}

}
