package io.callimport.installation.token;

/**
 * The claims of an External API token that the module reads.
 */
public final class TokenClaims {

	/** The tenant a token is bound to. */
	public static final String TENANT = "tenant";

	private TokenClaims() {
	}

}
