package io.callimport.simulator.auth;

import java.time.Instant;

import io.callimport.simulator.web.GenesysApiException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * An access token issued to an OAuth client of an organisation. Its {@code toString}
 * never shows the value.
 */
public record AccessToken(String value, String organizationId, String clientId, Instant issuedAt, Instant expiresAt) {

	static final String ATTRIBUTE = AccessToken.class.getName();

	/** The token that authenticated this API request. */
	public static AccessToken of(HttpServletRequest request) {
		Object token = request.getAttribute(ATTRIBUTE);
		if (token instanceof AccessToken accessToken) {
			return accessToken;
		}
		throw GenesysApiException.unauthorized("No authentication bearer token specified in authorization header.");
	}

	boolean isExpired(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	@Override
	public String toString() {
		return "AccessToken[organizationId=" + this.organizationId + ", clientId=" + this.clientId + ", expiresAt="
				+ this.expiresAt + "]";
	}

}
