package io.callimport.producer.reconciliation;

import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * An ended voice conversation of a group agent, as analytics lists it.
 *
 * @param conversationId the conversation
 * @param agentUserId a group agent who took part
 * @param start conversationStart
 * @param end conversationEnd
 */
record FoundConversation(String conversationId, String agentUserId, Instant start, Instant end) {

	/**
	 * The conversation, if it has an id, a start and an end and one of {@code agents}
	 * took part; from either listing (query or job), whose model classes differ.
	 */
	static @Nullable FoundConversation of(@Nullable String conversationId, @Nullable Date start, @Nullable Date end,
			Stream<@Nullable String> participantUserIds, Set<String> agents) {
		if (conversationId == null || start == null || end == null) {
			return null;
		}
		String agent = participantUserIds.filter(Objects::nonNull).filter(agents::contains).findFirst().orElse(null);
		return (agent != null) ? new FoundConversation(conversationId, agent, start.toInstant(), end.toInstant())
				: null;
	}

	boolean endedWithin(Instant from, Instant to) {
		return !this.end.isBefore(from) && this.end.isBefore(to);
	}

}
