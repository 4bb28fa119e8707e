package io.callimport.installation.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code wizard_sign_in_failures}: failed sign-ins in a row per tenant name and username,
 * and the lock they lead to. Times are the database's.
 */
@Repository
class SignInFailures {

	private static final String RESET = """
			(wizard_sign_in_failures.last_failed_at <= now() - :lockMillis * interval '1 millisecond'
			 OR wizard_sign_in_failures.locked_until <= now())""";

	private static final String NEXT_COUNT = "CASE WHEN " + RESET
			+ " THEN 1 ELSE wizard_sign_in_failures.failures + 1 END";

	private final JdbcClient jdbc;

	SignInFailures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Until when sign-ins of this name are refused, if they are now. */
	Optional<Instant> lockedUntil(String tenantId, String username) {
		return this.jdbc.sql("""
				SELECT locked_until FROM wizard_sign_in_failures
				WHERE tenant_id = :tenantId AND username = :username AND locked_until > now()
				""")
			.param("tenantId", tenantId)
			.param("username", username)
			.query((rs, row) -> rs.getTimestamp("locked_until").toInstant())
			.optional();
	}

	/**
	 * Counts one more failure (a failure older than the lock duration, or an expired
	 * lock, starts the count again) and locks once the count reaches {@code maxFailures}.
	 */
	Failure record(String tenantId, String username, int maxFailures, Duration lock) {
		deleteStale(lock);
		return this.jdbc.sql("""
				INSERT INTO wizard_sign_in_failures (tenant_id, username, failures, first_failed_at, last_failed_at,
				    locked_until)
				VALUES (:tenantId, :username, 1, now(), now(),
				    CASE WHEN 1 >= :max THEN now() + :lockMillis * interval '1 millisecond' END)
				ON CONFLICT (tenant_id, username) DO UPDATE SET
				    failures = %1$s,
				    first_failed_at = CASE WHEN %2$s THEN now() ELSE wizard_sign_in_failures.first_failed_at END,
				    last_failed_at = now(),
				    locked_until = CASE WHEN %1$s >= :max THEN now() + :lockMillis * interval '1 millisecond' END
				RETURNING failures, locked_until
				""".formatted(NEXT_COUNT, RESET))
			.param("tenantId", tenantId)
			.param("username", username)
			.param("max", maxFailures)
			.param("lockMillis", lock.toMillis())
			.query((rs, row) -> new Failure(rs.getInt("failures"), instant(rs.getTimestamp("locked_until"))))
			.single();
	}

	/** Forgets the failures (a successful sign-in, or the operator lifting a lock). */
	boolean clear(String tenantId, String username) {
		return this.jdbc.sql("DELETE FROM wizard_sign_in_failures WHERE tenant_id = :tenantId AND username = :username")
			.param("tenantId", tenantId)
			.param("username", username)
			.update() > 0;
	}

	/** Rows that no longer count, so names tried without an account do not pile up. */
	private void deleteStale(Duration lock) {
		this.jdbc.sql("""
				DELETE FROM wizard_sign_in_failures
				WHERE last_failed_at < now() - :lockMillis * interval '1 millisecond'
				  AND (locked_until IS NULL OR locked_until < now())
				""").param("lockMillis", lock.toMillis()).update();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
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
