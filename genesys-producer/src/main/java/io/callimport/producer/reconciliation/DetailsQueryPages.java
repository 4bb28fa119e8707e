package io.callimport.producer.reconciliation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.analytics.ConversationSearch;
import io.callimport.genesys.analytics.ConversationSummary;
import io.callimport.genesys.analytics.EndedCallsQuery;

/**
 * Lists one chunk of agents' conversations of a window with the details query, newest end
 * first, page by page until the ends fall before the window. The query selects
 * conversations by start day, so its interval reaches {@code lookback} before the window
 * and the window itself is applied here.
 */
@Component
class DetailsQueryPages {

	private final ConversationSearch search;

	private final ReconciliationProperties properties;

	DetailsQueryPages(ConversationSearch search, ReconciliationProperties properties) {
		this.search = search;
		this.properties = properties;
	}

	List<FoundConversation> find(GenesysClient client, List<String> chunk, Set<String> agents, Instant from, Instant to,
			WindowMatch match, AtomicInteger requests) {
		Instant queryFrom = from.minus(this.properties.lookback());
		if (Duration.between(queryFrom, to).compareTo(ConversationSearch.MAX_QUERY_INTERVAL) > 0) {
			throw new IllegalArgumentException("A reconciliation window (plus the " + this.properties.lookback()
					+ " lookback) may span at most 31 days; split it");
		}
		EndedCallsQuery query = new EndedCallsQuery(chunk, queryFrom, to);
		List<FoundConversation> found = new ArrayList<>();
		for (int page = 1; page <= this.properties.maxPages(); page++) {
			requests.incrementAndGet();
			List<ConversationSummary> conversations = this.search.query(client, query, this.properties.pageSize(),
					page);
			boolean pastWindow = false;
			for (ConversationSummary conversation : conversations) {
				FoundConversation candidate = FoundConversation.of(conversation, agents);
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

	private static boolean matches(FoundConversation conversation, Instant from, Instant to, WindowMatch match) {
		return switch (match) {
			case ENDED_WITHIN -> conversation.endedWithin(from, to);
			case OVERLAPPING -> !conversation.end().isBefore(from) && conversation.start().isBefore(to);
		};
	}

}
