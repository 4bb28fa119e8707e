package io.callimport.producer.reconciliation;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.callimport.genesys.analytics.ConversationSummary;

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
	 * took part; from either listing (query or job).
	 */
	static @Nullable FoundConversation of(ConversationSummary conversation, Set<String> agents) {
		String conversationId = conversation.conversationId();
		Instant start = conversation.start();
		Instant end = conversation.end();
		if (conversationId == null || start == null || end == null) {
			return null;
		}
		String agent = conversation.participantUserIds().stream().filter(agents::contains).findFirst().orElse(null);
		return (agent != null) ? new FoundConversation(conversationId, agent, start, end) : null;
	}

	boolean endedWithin(Instant from, Instant to) {
		return !this.end.isBefore(from) && this.end.isBefore(to);
	}

}
