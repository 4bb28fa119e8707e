package io.callimport.producer.reconciliation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.analytics.ConversationSearch;
import io.callimport.genesys.failure.GenesysException;

/**
 * Lists the group agents' ended voice conversations of a window, user ids in chunks. The
 * part of a window that the analytics data lake already holds (before its availability
 * date) goes to an async details job when it is at least {@code jobs.min-window} long:
 * one job per chunk reads a settled day in a few requests and has no start-day limits.
 * The newest part, short windows and gap windows go to the paged details query. A job
 * that fails leaves its part to the query.
 */
@Component
class AnalyticsConversationFinder {

	private static final Logger log = LoggerFactory.getLogger(AnalyticsConversationFinder.class);

	private final ConversationSearch search;

	private final ReconciliationProperties properties;

	private final DetailsQueryPages queries;

	private final DetailsJobResults jobs;

	AnalyticsConversationFinder(ConversationSearch search, ReconciliationProperties properties,
			DetailsQueryPages queries, DetailsJobResults jobs) {
		this.search = search;
		this.properties = properties;
		this.queries = queries;
		this.jobs = jobs;
	}

	/**
	 * @param requests counts the Genesys requests made
	 */
	List<FoundConversation> find(GenesysClient client, Collection<String> userIds, Instant from, Instant to,
			WindowMatch match, AtomicInteger requests) {
		Set<String> agents = Set.copyOf(userIds);
		Instant settledUntil = jobsUntil(client, from, to, match, requests);
		Map<String, FoundConversation> found = new LinkedHashMap<>();
		List<String> sorted = userIds.stream().sorted().toList();
		for (int i = 0; i < sorted.size(); i += this.properties.usersPerQuery()) {
			List<String> chunk = sorted.subList(i, Math.min(i + this.properties.usersPerQuery(), sorted.size()));
			for (FoundConversation conversation : chunk(client, chunk, agents, from, to, settledUntil, match,
					requests)) {
				found.putIfAbsent(conversation.conversationId(), conversation);
			}
		}
		return new ArrayList<>(found.values());
	}

	private List<FoundConversation> chunk(GenesysClient client, List<String> chunk, Set<String> agents, Instant from,
			Instant to, Instant settledUntil, WindowMatch match, AtomicInteger requests) {
		if (!settledUntil.isAfter(from)) {
			return this.queries.find(client, chunk, agents, from, to, match, requests);
		}
		List<FoundConversation> found = new ArrayList<>();
		try {
			found.addAll(this.jobs.find(client, chunk, agents, from, settledUntil, requests));
		}
		catch (DetailsJobFailed | GenesysException ex) {
			log.warn("Listing [{}, {}) with a details job failed; using the query instead: {}", from, settledUntil,
					ex.getMessage());
			return this.queries.find(client, chunk, agents, from, to, match, requests);
		}
		if (settledUntil.isBefore(to)) {
			found.addAll(this.queries.find(client, chunk, agents, settledUntil, to, match, requests));
		}
		return found;
	}

	/**
	 * Where the job part of the window ends: at the data lake's availability date, or at
	 * {@code from} (no job) when jobs are off, the window is a gap's, or its settled part
	 * is too short.
	 */
	private Instant jobsUntil(GenesysClient client, Instant from, Instant to, WindowMatch match,
			AtomicInteger requests) {
		ReconciliationProperties.Jobs jobs = this.properties.jobs();
		if (!jobs.enabled() || match != WindowMatch.ENDED_WITHIN
				|| Duration.between(from, to).compareTo(jobs.minWindow()) < 0) {
			return from;
		}
		Optional<Instant> available;
		try {
			requests.incrementAndGet();
			available = this.search.jobsAvailableUntil(client);
		}
		catch (GenesysException ex) {
			log.warn("The data lake's availability date is unknown; listing [{}, {}) with the query: {}", from, to,
					ex.getMessage());
			return from;
		}
		if (available.isEmpty()) {
			return from;
		}
		Instant settledUntil = available.get().isBefore(to) ? available.get() : to;
		return (Duration.between(from, settledUntil).compareTo(jobs.minWindow()) >= 0) ? settledUntil : from;
	}

}
