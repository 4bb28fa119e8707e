package io.callimport.simulator.control;

/**
 * What one rate-limit window counts. Genesys documents 300 requests per minute per token
 * ({@code token.rate.per.minute}); whether several tokens of one OAuth client each get
 * their own 300 is not documented, so a test or benchmark can assume the stricter case.
 */
public enum RateLimitScope {

	/** One window per access token: the documented limit, and the default. */
	TOKEN,

	/** One window per OAuth client, shared by every token of the client. */
	CLIENT

}
