package io.callimport.installation.account;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Failed sign-ins in a row of one tenant name and username
 * ({@code wizard_sign_in_failures}), counted by the native upsert of
 * {@link SignInFailures#record}.
 */
@Entity
@Table(name = "wizard_sign_in_failures")
@IdClass(SignInFailure.Key.class)
class SignInFailure {

	@Id
	private String tenantId;

	@Id
	private String username;

	private int failures;

	private Instant firstFailedAt;

	private Instant lastFailedAt;

	private @Nullable Instant lockedUntil;

	protected SignInFailure() {
	}

	String username() {
		return this.username;
	}

	int failures() {
		return this.failures;
	}

	@Nullable Instant lockedUntil() {
		return this.lockedUntil;
	}

	/** The end of the lock, when it is later than {@code now}. */
	@Nullable Instant lockedAfter(Instant now) {
		return (this.lockedUntil != null && this.lockedUntil.isAfter(now)) ? this.lockedUntil : null;
	}

	/** The primary key. */
	record Key(String tenantId, String username) implements Serializable {
	}

}
