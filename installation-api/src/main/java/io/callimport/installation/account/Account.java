package io.callimport.installation.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A wizard account ({@code wizard_accounts}): a tenant's username and password hash.
 */
@Entity
@Table(name = "wizard_accounts")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private UUID id;

	private String tenantId;

	private String username;

	private String passwordHash;

	private Instant createdAt;

	private Instant passwordChangedAt;

	private @Nullable Instant lastSignInAt;

	Account(String tenantId, String username, String passwordHash, Instant now) {
		this.tenantId = tenantId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.createdAt = now;
		this.passwordChangedAt = now;
	}

	protected Account() {
	}

	String username() {
		return this.username;
	}

	void signedIn(Instant now) {
		this.lastSignInAt = now;
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
	}

	/** With the failures that still count, if any. */
	AccountView view(@Nullable SignInFailure failures, Instant now) {
		Instant lockedUntil = (failures != null) ? failures.lockedAfter(now) : null;
		return new AccountView(this.tenantId, this.username, this.createdAt, this.passwordChangedAt, this.lastSignInAt,
				(failures != null) ? failures.failures() : 0, lockedUntil != null, lockedUntil);
	}

}
