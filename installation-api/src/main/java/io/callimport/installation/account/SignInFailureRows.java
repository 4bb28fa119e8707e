package io.callimport.installation.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code wizard_sign_in_failures}.
 */
interface SignInFailureRows extends Repository<SignInFailure, SignInFailure.Key> {

	/** Whether a row's count starts again: its last failure is old, or its lock over. */
	String RESET = """
			(wizard_sign_in_failures.last_failed_at <= now() - :lockMillis * interval '1 millisecond'
			 OR wizard_sign_in_failures.locked_until <= now())""";

	/** The lock, compared with the database's clock, which set it. */
	@Query("""
			select f.lockedUntil from SignInFailure f
			where f.tenantId = :tenantId and f.username = :username and f.lockedUntil > current_timestamp
			""")
	Optional<Instant> findLockedUntil(String tenantId, String username);

	List<SignInFailure> findByTenantIdAndLastFailedAtAfter(String tenantId, Instant since);

	@Transactional
	@Modifying
	@Query("delete from SignInFailure f where f.tenantId = :tenantId and f.username = :username")
	int deleteByTenantIdAndUsername(String tenantId, String username);

	// native: interval arithmetic on the database's clock, the clock of the upsert below
	@Transactional
	@Modifying
	@Query(value = """
			DELETE FROM wizard_sign_in_failures
			WHERE last_failed_at < now() - :lockMillis * interval '1 millisecond'
			  AND (locked_until IS NULL OR locked_until < now())
			""", nativeQuery = true)
	int deleteStale(long lockMillis);

	/**
	 * Counts one more failure, atomically: a failure older than the lock duration, or an
	 * expired lock, starts the count again; the count reaching {@code max} locks.
	 */
	// native: ON CONFLICT makes concurrent failures of one name each count, and the reset
	// and lock are interval arithmetic on the database's clock
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = """
			INSERT INTO wizard_sign_in_failures (tenant_id, username, failures, first_failed_at, last_failed_at,
			    locked_until)
			VALUES (:tenantId, :username, 1, now(), now(),
			    CASE WHEN 1 >= :max THEN now() + :lockMillis * interval '1 millisecond' END)
			ON CONFLICT (tenant_id, username) DO UPDATE SET
			    failures = CASE WHEN """ + RESET + """
			THEN 1 ELSE wizard_sign_in_failures.failures + 1 END,
			   first_failed_at = CASE WHEN """ + RESET + """
			THEN now() ELSE wizard_sign_in_failures.first_failed_at END,
			   last_failed_at = now(),
			   locked_until = CASE WHEN (CASE WHEN """ + RESET + """
			 THEN 1 ELSE wizard_sign_in_failures.failures + 1 END) >= :max
			        THEN now() + :lockMillis * interval '1 millisecond' END
			""", nativeQuery = true)
	void countFailure(String tenantId, String username, int max, long lockMillis);

	Optional<SignInFailure> findByTenantIdAndUsername(String tenantId, String username);

}
