package io.callimport.installation.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code wizard_sign_in_failures}: failed sign-ins in a row per tenant name and username,
 * and the lock they lead to. Times are the database's.
 */
@Component
class SignInFailures {

	private final SignInFailureRows rows;

	SignInFailures(SignInFailureRows rows) {
		this.rows = rows;
	}

	/** Until when sign-ins of this name are refused, if they are now. */
	Optional<Instant> lockedUntil(String tenantId, String username) {
		return this.rows.findLockedUntil(tenantId, username);
	}

	/**
	 * Counts one more failure (a failure older than the lock duration, or an expired
	 * lock, starts the count again) and locks once the count reaches {@code maxFailures}.
	 */
	@Transactional
	Failure record(String tenantId, String username, int maxFailures, Duration lock) {
		this.rows.deleteStale(lock.toMillis());
		this.rows.countFailure(tenantId, username, maxFailures, lock.toMillis());
		SignInFailure counted = this.rows.findByTenantIdAndUsername(tenantId, username).orElseThrow();
		return new Failure(counted.failures(), counted.lockedUntil());
	}

	/** Forgets the failures (a successful sign-in, or the operator lifting a lock). */
	@Transactional
	boolean clear(String tenantId, String username) {
		return this.rows.deleteByTenantIdAndUsername(tenantId, username) > 0;
	}

	/**
	 * The count after a failure.
	 *
	 * @param failures failures in a row
	 * @param lockedUntil set when this failure locked the name
	 */
	record Failure(int failures, @Nullable Instant lockedUntil) {
	}

}
