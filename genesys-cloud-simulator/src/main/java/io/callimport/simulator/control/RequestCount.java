package io.callimport.simulator.control;

import org.jspecify.annotations.Nullable;

/**
 * Requests to one endpoint with one outcome.
 *
 * @param method HTTP method
 * @param path the endpoint template, e.g. {@code /api/v2/groups/{groupId}/members}
 * @param status the response status
 * @param organizationId the caller's organisation, when known
 * @param clientId the caller's OAuth client, when known
 * @param count how many
 */
public record RequestCount(String method, String path, int status, @Nullable String organizationId,
		@Nullable String clientId, long count) {
}
