package io.callimport.consumer.failure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * An import failed for a known reason. Whether it is retried follows from the
 * {@link ReasonCode}; the message is the human-readable reason and must never hold a
 * secret.
 */
public class ImportFailureException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final ReasonCode code;

	private final transient @Nullable Duration retryAfter;

	public ImportFailureException(ReasonCode code, String reason) {
		this(code, reason, null, null);
	}

	public ImportFailureException(ReasonCode code, String reason, @Nullable Throwable cause) {
		this(code, reason, null, cause);
	}

	public ImportFailureException(ReasonCode code, String reason, @Nullable Duration retryAfter,
			@Nullable Throwable cause) {
		super(reason, cause);
		this.code = code;
		this.retryAfter = retryAfter;
	}

	public ReasonCode code() {
		return this.code;
	}

	/** The least wait before the next attempt, when the failure says so (429). */
	public @Nullable Duration retryAfter() {
		return this.retryAfter;
	}

}
