package io.callimport.genesys.failure;

/**
 * An unchecked Genesys failure, already classified. Thrown by
 * {@code GenesysClient.call(...)}; {@link #failure()} tells retry from dead-letter.
 */
public class GenesysException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient GenesysFailure failure;

	public GenesysException(GenesysFailure failure) {
		super(failure.message(), failure.cause());
		this.failure = failure;
	}

	public GenesysFailure failure() {
		return this.failure;
	}

	public GenesysFailureKind kind() {
		return this.failure.kind();
	}

}
