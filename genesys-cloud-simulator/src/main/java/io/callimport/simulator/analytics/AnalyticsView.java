package io.callimport.simulator.analytics;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import io.callimport.simulator.conversation.Conversation;
import io.callimport.simulator.conversation.ConversationRegistry;
import io.callimport.simulator.organization.SimulatedOrganization;

import org.springframework.stereotype.Component;

/**
 * Analytics sees an organisation's conversations {@code analyticsLag} late: a
 * conversation is unknown (404, absent from queries) until {@code start + lag}, then
 * shown as it stood at {@code now - lag}, so {@code conversationEnd} appears at
 * {@code end + lag}.
 */
@Component
class AnalyticsView {

	private final ConversationRegistry conversations;

	private final Clock clock;

	AnalyticsView(ConversationRegistry conversations, Clock clock) {
		this.conversations = conversations;
		this.clock = clock;
	}

	Instant asOf(SimulatedOrganization org) {
		return this.clock.instant().minus(org.scenario().analyticsLag());
	}

	Optional<AnalyticsConversationWithoutAttributes> details(SimulatedOrganization org, String conversationId) {
		Instant asOf = asOf(org);
		return this.conversations.find(org.id(), conversationId)
			.filter((conversation) -> !asOf.isBefore(conversation.start()))
			.map((conversation) -> ConversationDetails.of(conversation, asOf));
	}

	/** Every conversation analytics knows, oldest start first. */
	List<Conversation> visible(SimulatedOrganization org) {
		return this.conversations.startedBefore(org.id(), asOf(org).plusNanos(1));
	}

}
