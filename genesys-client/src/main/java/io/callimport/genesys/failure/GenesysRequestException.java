package io.callimport.genesys.failure;

import java.io.IOException;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A Genesys request that this module ended itself: retries used up, a {@code Retry-After}
 * too long to wait for on a thread, the local request budget exhausted, or a login
 * rejected. An {@link IOException} so that it passes through OkHttp and the SDK
 * unchanged. Messages name the endpoint and the OAuth client id, never a secret or token.
 */
public class GenesysRequestException extends IOException {

	private static final long serialVersionUID = 1L;

	private final GenesysFailureKind kind;

	private final int status;

	private final @Nullable String code;

	private final @Nullable String correlationId;

	private final @Nullable Duration retryAfter;

	public GenesysRequestException(GenesysFailureKind kind, String message, int status, @Nullable String code,
			@Nullable String correlationId, @Nullable Duration retryAfter, @Nullable Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.status = status;
		this.code = code;
		this.correlationId = correlationId;
		this.retryAfter = retryAfter;
	}

	public GenesysFailureKind kind() {
		return this.kind;
	}

	/** The HTTP status of the last response, or 0 when there was none. */
	public int status() {
		return this.status;
	}

	public @Nullable String code() {
		return this.code;
	}

	public @Nullable String correlationId() {
		return this.correlationId;
	}

	public @Nullable Duration retryAfter() {
		return this.retryAfter;
	}

	GenesysFailure toFailure() {
		return new GenesysFailure(this.kind, this.status, this.code, this.correlationId, this.retryAfter, getMessage(),
				this);
	}

}
