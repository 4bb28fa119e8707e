package io.callimport.simulator.auth;

import java.time.Instant;

import io.callimport.simulator.web.GenesysApiException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * An access token issued to an OAuth client of an organisation (client credentials), or
 * to a user who signed in through a client (authorization code). Its {@code toString}
 * never shows the value.
 *
 * @param value the token
 * @param organizationId the organisation
 * @param clientId the OAuth client
 * @param userId the signed-in user, or null for a client-credentials token
 * @param issuedAt when issued
 * @param expiresAt when it expires
 */
public record AccessToken(String value, String organizationId, String clientId, @Nullable String userId,
		Instant issuedAt, Instant expiresAt) {

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
		return "AccessToken[organizationId=" + this.organizationId + ", clientId=" + this.clientId + ", userId="
				+ this.userId + ", expiresAt=" + this.expiresAt + "]";
	}

}
