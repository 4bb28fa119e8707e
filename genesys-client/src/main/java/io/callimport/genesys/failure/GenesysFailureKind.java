package io.callimport.genesys.failure;

/**
 * What a failed Genesys call means for the caller.
 */
public enum GenesysFailureKind {

	/** 5xx, 408, timeouts, connection failures, retries used up: try again later. */
	TRANSIENT(true),

	/** 429 or the local request budget: try again after {@code retryAfter}. */
	RATE_LIMITED(true),

	/**
	 * 401 after a fresh token, or the login itself rejected: the credentials are wrong.
	 */
	UNAUTHORIZED(false),

	/** 403: the OAuth client's role lacks a permission, or a media URI expired. */
	FORBIDDEN(false),

	/** 404 or 410: the entity does not exist (or analytics does not know it yet). */
	NOT_FOUND(false),

	/** 400, 413, 415, 422: the request itself is wrong. */
	BAD_REQUEST(false),

	/**
	 * Anything else that will fail the same way again, e.g. a body that is not the
	 * expected JSON.
	 */
	PERMANENT(false);

	private final boolean retryable;

	GenesysFailureKind(boolean retryable) {
		this.retryable = retryable;
	}

	/** Whether the same call may succeed later without anyone changing anything. */
	public boolean retryable() {
		return this.retryable;
	}

}
