package io.callimport.genesys.auth;

import java.time.Duration;
import java.time.Instant;

/**
 * A bearer token and when it expires. {@link #toString()} never shows the token.
 *
 * @param value the token, sent as {@code Authorization: Bearer <value>}
 * @param issuedAt when it was received
 * @param expiresAt when Genesys stops accepting it
 */
public record AccessToken(String value, Instant issuedAt, Instant expiresAt) {

	/**
	 * When to renew: {@code margin} before expiry, but never later than half its
	 * lifetime, so short-lived tokens (Genesys allows 300 s) are renewed too.
	 */
	public Instant renewAt(Duration margin) {
		Duration lifetime = Duration.between(this.issuedAt, this.expiresAt);
		Duration before = (margin.compareTo(lifetime.dividedBy(2)) > 0) ? lifetime.dividedBy(2) : margin;
		return this.expiresAt.minus(before);
	}

	@Override
	public String toString() {
		return "AccessToken[value=******, expiresAt=" + this.expiresAt + "]";
	}

}
