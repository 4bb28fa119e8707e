package io.callimport.producer.leadership;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code producer_leases}. Expiry is compared in database time only ({@code now()} and
 * interval arithmetic), so replicas need no synchronised clocks: the writes are SQL.
 */
interface LeaseRepository extends Repository<ProducerLease, String> {

	Optional<ProducerLease> findById(String tenantId);

	/**
	 * Takes the lease if it is free, expired or already ours: one row (with the previous
	 * holder's last live moment, see {@link LeaseStore#tryAcquire}) when taken, none when
	 * another replica holds it.
	 */
	// native: a conditional take-over (INSERT … ON CONFLICT … WHERE expired) that reads
	// the
	// previous holder in the same statement, in database time
	@Transactional
	@NativeQuery("""
			WITH previous AS (
			    SELECT coalesce(last_live_at, CASE
			        WHEN renewed_at < acquired_at + :leaseMillis * interval '1 millisecond' THEN acquired_at
			    END) AS live_since FROM producer_leases
			    WHERE tenant_id = :tenantId
			)
			INSERT INTO producer_leases (tenant_id, holder_id, acquired_at, renewed_at, expires_at)
			VALUES (:tenantId, :holderId, now(), now(), now() + :leaseMillis * interval '1 millisecond')
			ON CONFLICT (tenant_id) DO UPDATE SET holder_id = excluded.holder_id, acquired_at = now(),
			    renewed_at = now(), expires_at = excluded.expires_at
			WHERE producer_leases.expires_at < now() OR producer_leases.holder_id = excluded.holder_id
			RETURNING true AS taken, (SELECT live_since FROM previous) AS previous_live_since""")
	List<Taken> tryAcquire(String tenantId, String holderId, long leaseMillis);

	// native: extends the lease by an interval from database time, only while we hold it
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Transactional
	@NativeQuery("""
			UPDATE producer_leases SET renewed_at = now(),
			    expires_at = now() + :leaseMillis * interval '1 millisecond',
			    last_live_at = coalesce(CAST(:lastLive AS timestamptz), last_live_at)
			WHERE tenant_id = :tenantId AND holder_id = :holderId""")
	int renew(String tenantId, String holderId, long leaseMillis, @Nullable Instant lastLive);

	// native: expires the lease at database time, only while we hold it
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Transactional
	@NativeQuery("""
			UPDATE producer_leases SET expires_at = now(),
			    last_live_at = coalesce(CAST(:lastLive AS timestamptz), last_live_at)
			WHERE tenant_id = :tenantId AND holder_id = :holderId""")
	int release(String tenantId, String holderId, @Nullable Instant lastLive);

	/** A lease taken by {@link #tryAcquire}. */
	interface Taken {

		boolean getTaken();

		@Nullable Instant getPreviousLiveSince();

	}

}
