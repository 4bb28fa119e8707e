package io.callimport.producer.reconciliation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.mypurecloud.sdk.v2.model.AnalyticsConversationQueryResponse;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipantWithoutAttributes;
import com.mypurecloud.sdk.v2.model.ConversationQuery;
import com.mypurecloud.sdk.v2.model.PagingSpec;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.callimport.genesys.GenesysClient;

/**
 * Lists one chunk of agents' conversations of a window with the details query, newest end
 * first, page by page until the ends fall before the window. The query selects
 * conversations by start day, so its interval reaches {@code lookback} before the window
 * and the window itself is applied here.
 */
@Component
class DetailsQueryPages {

	/** Genesys accepts an interval of at most 31 days when filters are used. */
	private static final Duration MAX_INTERVAL = Duration.ofDays(31);

	private final ReconciliationProperties properties;

	DetailsQueryPages(ReconciliationProperties properties) {
		this.properties = properties;
	}

	List<FoundConversation> find(GenesysClient client, List<String> chunk, Set<String> agents, Instant from, Instant to,
			WindowMatch match, AtomicInteger requests) {
		Instant queryFrom = from.minus(this.properties.lookback());
		if (Duration.between(queryFrom, to).compareTo(MAX_INTERVAL) > 0) {
			throw new IllegalArgumentException("A reconciliation window (plus the " + this.properties.lookback()
					+ " lookback) may span at most 31 days; split it");
		}
		ConversationQuery query = AnalyticsQueries.endedVoiceConversationsOf(chunk, queryFrom, to);
		List<FoundConversation> found = new ArrayList<>();
		for (int page = 1; page <= this.properties.maxPages(); page++) {
			query.setPaging(new PagingSpec().pageSize(this.properties.pageSize()).pageNumber(page));
			requests.incrementAndGet();
			AnalyticsConversationQueryResponse response = client
				.call(() -> client.analytics().postAnalyticsConversationsDetailsQuery(query));
			List<AnalyticsConversationWithoutAttributes> conversations = (response.getConversations() != null)
					? response.getConversations() : List.of();
			boolean pastWindow = false;
			for (AnalyticsConversationWithoutAttributes conversation : conversations) {
				FoundConversation candidate = candidate(conversation, agents);
				if (candidate != null) {
					pastWindow = candidate.end().isBefore(from);
					if (matches(candidate, from, to, match)) {
						found.add(candidate);
					}
				}
			}
			if (conversations.size() < this.properties.pageSize() || pastWindow) {
				return found;
			}
		}
		throw new IllegalStateException(
				"The analytics listing has more than " + this.properties.maxPages() + " pages; shorten the window");
	}

	private static @Nullable FoundConversation candidate(AnalyticsConversationWithoutAttributes conversation,
			Set<String> agents) {
		List<AnalyticsParticipantWithoutAttributes> participants = (conversation.getParticipants() != null)
				? conversation.getParticipants() : List.of();
		return FoundConversation.of(conversation.getConversationId(), conversation.getConversationStart(),
				conversation.getConversationEnd(),
				participants.stream().map(AnalyticsParticipantWithoutAttributes::getUserId), agents);
	}

	private static boolean matches(FoundConversation conversation, Instant from, Instant to, WindowMatch match) {
		return switch (match) {
			case ENDED_WITHIN -> conversation.endedWithin(from, to);
			case OVERLAPPING -> !conversation.end().isBefore(from) && conversation.start().isBefore(to);
		};
	}

}
