package io.callimport.genesys.retry;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import okhttp3.Request;

/**
 * Which requests may be sent again when it is unknown whether Genesys acted on them (a
 * timeout, a 5xx): the idempotent methods, and the POSTs that only read or whose repeat
 * changes nothing. Other POSTs (creating a channel, an analytics job, a batch download)
 * are retried only on 429 and on failures to connect, when Genesys never saw them.
 */
final class ReplaySafety {

	private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

	private static final List<Pattern> REPLAY_SAFE_POSTS = List.of(
			// analytics queries are reads (conversations/details/query, aggregates, …)
			Pattern.compile("/api/v2/analytics/.+/query$"),
			// searches are reads (groups/search, users/search)
			Pattern.compile("/api/v2/.+/search$"),
			// adds topics to a channel: adding the same topics again changes nothing
			Pattern.compile("/api/v2/notifications/channels/[^/]+/subscriptions$"),
			// a second token is as good as the first
			Pattern.compile("/oauth/token$"));

	private ReplaySafety() {
	}

	static boolean allowsReplay(Request request) {
		if (IDEMPOTENT.contains(request.method())) {
			return true;
		}
		String path = request.url().encodedPath();
		return "POST".equals(request.method()) && REPLAY_SAFE_POSTS.stream().anyMatch((p) -> p.matcher(path).find());
	}

}
