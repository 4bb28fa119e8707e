package io.callimport.installation.token;

import java.time.Instant;

/**
 * The answer of {@code POST /external/v1/tokens}. {@link #toString()} masks the token.
 *
 * @param token the bearer token
 * @param expiresAt when it stops being accepted
 */
record IssuedToken(String token, Instant expiresAt) {

	@Override
	public String toString() {
		return "IssuedToken[token=******, expiresAt=" + this.expiresAt + "]";
	}

}
