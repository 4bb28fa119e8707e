package io.callimport.bench.producer;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.callimport.simulator.control.RequestCount;
import io.callimport.simulator.control.RequestCounts;

/**
 * The simulator's request counts of one organisation, for the endpoints a predicate picks
 * (path templates such as
 * {@code /api/v2/notifications/channels/{channelId}/subscriptions}).
 */
final class EndpointRequests {

	static final Predicate<RequestCount> API = (entry) -> entry.path().startsWith("/api/");

	static final Predicate<RequestCount> SUBSCRIPTIONS = (
			entry) -> entry.path().equals("/api/v2/notifications/channels/{channelId}/subscriptions")
					&& (entry.method().equals("PUT") || entry.method().equals("POST"));

	static final Predicate<RequestCount> CHANNEL_CREATION = (
			entry) -> entry.path().equals("/api/v2/notifications/channels") && entry.method().equals("POST");

	static final Predicate<RequestCount> ANALYTICS = (entry) -> entry.path().startsWith("/api/v2/analytics/");

	static final Predicate<RequestCount> GROUPS = (entry) -> entry.path().startsWith("/api/v2/groups");

	/**
	 * What only the producer asks for: reconciliation listings (details jobs and query),
	 * group members, notification channels. The consumers ask for details by id and
	 * recordings.
	 */
	static final Predicate<RequestCount> PRODUCER = (
			entry) -> entry.path().startsWith("/api/v2/analytics/conversations/details/jobs")
					|| entry.path().equals("/api/v2/analytics/conversations/details/query") || GROUPS.test(entry)
					|| entry.path().startsWith("/api/v2/notifications/");

	static final Predicate<RequestCount> RATE_LIMITED = (entry) -> API.test(entry) && entry.status() == 429;

	private EndpointRequests() {
	}

	/**
	 * Requests per endpoint made between two snapshots, e.g.
	 * {@code POST /api/v2/groups 1, GET …}: only endpoints with requests, as one line.
	 */
	static String byEndpoint(RequestCounts before, RequestCounts after, String orgId) {
		Map<String, Long> counts = new TreeMap<>();
		after.entries()
			.stream()
			.filter((entry) -> orgId.equals(entry.organizationId()) && API.test(entry))
			.forEach((entry) -> counts.merge(entry.method() + " " + entry.path(), entry.count(), Long::sum));
		before.entries()
			.stream()
			.filter((entry) -> orgId.equals(entry.organizationId()) && API.test(entry))
			.forEach((entry) -> counts.merge(entry.method() + " " + entry.path(), -entry.count(), Long::sum));
		return counts.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() != 0)
			.map((entry) -> entry.getKey() + " " + entry.getValue())
			.collect(Collectors.joining(", "));
	}

	static long count(RequestCounts counts, String orgId, Predicate<RequestCount> which) {
		return counts.entries()
			.stream()
			.filter((entry) -> orgId.equals(entry.organizationId()) && which.test(entry))
			.mapToLong(RequestCount::count)
			.sum();
	}

}
