package io.callimport.simulator.control;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An OAuth client (client-credentials grant) of a simulated organisation.
 *
 * @param clientId the client id
 * @param clientSecret its secret
 * @param missingPermissions permissions its role lacks (e.g.
 * {@code recording:recording:view}): the endpoints that need one answer 403, as Genesys
 * does for a client whose role was set up without it; none by default
 */
public record OAuthClientCredentials(String clientId, String clientSecret, List<String> missingPermissions) {

	public OAuthClientCredentials {
		Scenarios.requireText(clientId, "clientId");
		Scenarios.requireText(clientSecret, "clientSecret");
		missingPermissions = (missingPermissions != null) ? List.copyOf(missingPermissions) : List.of();
	}

	public OAuthClientCredentials(String clientId, String clientSecret) {
		this(clientId, clientSecret, null);
	}

	public OAuthClientCredentials withoutPermissions(String... permissions) {
		return new OAuthClientCredentials(this.clientId, this.clientSecret, List.of(permissions));
	}

	public boolean lacks(@Nullable String permission) {
		return permission != null && this.missingPermissions.contains(permission);
	}

	@Override
	public String toString() {
		return "OAuthClientCredentials[clientId=" + this.clientId + ", clientSecret=****, missingPermissions="
				+ this.missingPermissions + "]";
	}

}
