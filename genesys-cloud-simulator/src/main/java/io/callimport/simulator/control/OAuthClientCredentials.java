package io.callimport.simulator.control;

/**
 * An OAuth client (client-credentials grant) of a simulated organisation.
 */
public record OAuthClientCredentials(String clientId, String clientSecret) {

	public OAuthClientCredentials {
		Scenarios.requireText(clientId, "clientId");
		Scenarios.requireText(clientSecret, "clientSecret");
	}

	@Override
	public String toString() {
		return "OAuthClientCredentials[clientId=" + this.clientId + ", clientSecret=****]";
	}

}
