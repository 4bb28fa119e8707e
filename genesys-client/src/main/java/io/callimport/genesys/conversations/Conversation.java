package io.callimport.genesys.conversations;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An analytics conversation with the fields the product uses, and the whole document as
 * Genesys sent it. Text values keep Genesys' spelling (e.g. {@code "inbound"}).
 *
 * @param conversationId its id (null only in a broken answer)
 * @param start {@code conversationStart}
 * @param end {@code conversationEnd}; null while the conversation goes on
 * @param originatingDirection {@code originatingDirection}
 * @param divisionIds {@code divisionIds}
 * @param participants {@code participants}
 * @param json the details document as Genesys' JSON (its field names), e.g. to store
 */
public record Conversation(@Nullable String conversationId, @Nullable Instant start, @Nullable Instant end,
		@Nullable String originatingDirection, List<String> divisionIds, List<Participant> participants, String json) {

	public Conversation {
		divisionIds = List.copyOf(divisionIds);
		participants = List.copyOf(participants);
	}

}
