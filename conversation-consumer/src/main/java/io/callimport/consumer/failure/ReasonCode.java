package io.callimport.consumer.failure;

/**
 * Machine-readable reasons of retries and dead-letters: the
 * {@code x-callimport-reason-code} header and {@code import_failures.reason_code}.
 */
public enum ReasonCode {

	/** The message is not a readable {@code ConversationEnded}. */
	MALFORMED_MESSAGE(false),

	/** No Genesys settings exist for the message's tenant. */
	UNKNOWN_TENANT(false),

	/** The tenant's settings cannot be used (unknown region, undecryptable secret). */
	INVALID_SETTINGS(false),

	/** Analytics does not know the conversation (404), or it has not ended, yet. */
	DETAILS_NOT_READY(true),

	/** Analytics still did not know the conversation after the details wait. */
	CONVERSATION_NOT_FOUND(false),

	/** Genesys is still transcoding the recordings (202), or one is not available yet. */
	RECORDINGS_NOT_READY(true),

	/** A recording stayed unavailable (uploading, restoring, error) past the wait. */
	RECORDING_UNAVAILABLE(false),

	/** Genesys answered 5xx, timed out or could not be reached. */
	GENESYS_UNAVAILABLE(true),

	/** Genesys or the local request budget asked to slow down. */
	GENESYS_RATE_LIMITED(true),

	/** Genesys rejected the tenant's OAuth client (401 after a fresh token). */
	GENESYS_UNAUTHORIZED(false),

	/** The tenant's OAuth client lacks a permission (403). */
	GENESYS_FORBIDDEN(false),

	/** Genesys does not know an entity the import needs (404). */
	GENESYS_NOT_FOUND(false),

	/** Genesys rejected the request as malformed (400). */
	GENESYS_BAD_REQUEST(false),

	/** Genesys answered something that cannot be used (not the expected JSON). */
	GENESYS_BAD_RESPONSE(false),

	/** The recording download broke off, or its media URI was refused (expired). */
	MEDIA_DOWNLOAD_FAILED(true),

	/**
	 * A recording's media URI, or a redirect of it, is not https to an allowed host, or
	 * names an internal address ({@code GENESYS_MEDIA_ALLOWEDHOSTS}).
	 */
	MEDIA_URI_REFUSED(false),

	/**
	 * A recording is larger than {@code GENESYS_MEDIA_MAXSIZE}, or than Genesys declared.
	 */
	MEDIA_TOO_LARGE(false),

	/**
	 * A recording download did not finish within its deadline
	 * ({@code GENESYS_MEDIA_DEADLINEBASE} plus its size at
	 * {@code GENESYS_MEDIA_MINTHROUGHPUT}).
	 */
	MEDIA_DEADLINE_EXCEEDED(false),

	/** A Genesys API response body was larger than {@code GENESYS_MAXAPIBODY}. */
	GENESYS_RESPONSE_TOO_LARGE(false),

	/** The object store could not be reached or refused the upload. */
	OBJECT_STORE_UNAVAILABLE(true),

	/**
	 * PostgreSQL could not be reached, timed out, or asked for the transaction to be
	 * repeated (serialization failure, deadlock).
	 */
	DATABASE_UNAVAILABLE(true),

	/**
	 * PostgreSQL rejected the call's data (an integrity or data error: a key clash, a
	 * value too long, a character it cannot store); the reason names the SQLState and
	 * constraint, never the values.
	 */
	DATA_REJECTED(false),

	/**
	 * PostgreSQL refused the statement for another lasting reason (e.g. a schema older
	 * than the consumer).
	 */
	DATABASE_ERROR(false),

	/** The broker did not take a message. */
	BROKER_UNAVAILABLE(true),

	/** Genesys' data for the conversation cannot be imported as it is. */
	BAD_DATA(false),

	/**
	 * The broker dead-lettered the message itself (delivery limit reached, or rejected)
	 * before the consumer recorded an outcome; found on the dead-letter queue.
	 */
	BROKER_DEAD_LETTERED(false),

	/** Anything not foreseen; retried within the budget. */
	UNEXPECTED_ERROR(true);

	private final boolean retryable;

	ReasonCode(boolean retryable) {
		this.retryable = retryable;
	}

	/** Whether a later attempt may succeed without anyone changing anything. */
	public boolean retryable() {
		return this.retryable;
	}

}
