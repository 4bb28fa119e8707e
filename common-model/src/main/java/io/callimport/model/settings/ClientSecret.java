package io.callimport.model.settings;

import java.util.Objects;

/**
 * An OAuth client secret. {@link #toString()} never shows it, so it cannot leak through a
 * log line, an exception message or a debugger view by accident; call {@link #reveal()}
 * where it is sent.
 */
public final class ClientSecret {

	private final String value;

	public ClientSecret(String value) {
		Objects.requireNonNull(value, "value");
		if (value.isBlank()) {
			throw new IllegalArgumentException("client secret must not be blank");
		}
		this.value = value;
	}

	/** The secret itself, for the login request only. */
	public String reveal() {
		return this.value;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof ClientSecret secret) && secret.value.equals(this.value);
	}

	@Override
	public int hashCode() {
		return this.value.hashCode();
	}

	@Override
	public String toString() {
		return "******";
	}

}
