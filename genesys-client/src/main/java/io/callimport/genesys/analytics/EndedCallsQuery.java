package io.callimport.genesys.analytics;

import java.time.Instant;
import java.util.List;

/**
 * Ended voice conversations in which one of these users had a segment.
 *
 * @param userIds the users (one predicate each; keep chunks of some dozens)
 * @param from the interval's start, sent as whole seconds
 * @param to the interval's end (exclusive), sent rounded up to the next second
 */
public record EndedCallsQuery(List<String> userIds, Instant from, Instant to) {

	public EndedCallsQuery {
		if (userIds.isEmpty()) {
			throw new IllegalArgumentException("A conversation search needs at least one user id");
		}
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("A conversation search interval must start before it ends");
		}
		userIds = List.copyOf(userIds);
	}

}
