package io.callimport.simulator.installation;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /simulator/organizations/{orgId}/request-failures}: the next {@code times}
 * (default 1) requests of the organisation with this method and path (endpoint template
 * such as {@code /api/v2/groups/{groupId}/members}, or the path) answer {@code status}
 * with a Genesys error body.
 *
 * @param method the HTTP method
 * @param path the endpoint template or path
 * @param status 4xx or 5xx
 * @param times how many requests fail
 */
public record RequestFailure(String method, String path, int status, @Nullable Integer times) {

	public static RequestFailure once(String method, String path, int status) {
		return new RequestFailure(method, path, status, 1);
	}

}
