package io.callimport.producer.leadership;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code producer_leases}: expiry is compared in database time only, so replicas need no
 * synchronised clocks to agree on who holds the lease.
 */
@Repository
class LeaseStore {

	private final JdbcClient jdbc;

	LeaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the lease if it is free, expired or already ours.
	 * <p>
	 * The previous holder's last live moment is the one it recorded when it last renewed;
	 * a holder that lost its database before its first renewal with a live socket
	 * recorded none, so its acquisition is taken instead (it cannot have been live
	 * earlier, and healing from there misses nothing). Only when it died within one lease
	 * of acquiring: one that renewed for longer without a live moment never went live (no
	 * settings, say), and there is nothing to heal.
	 * @return when taken, the moment from which the previous holder may have missed
	 * events (empty optional inside when there was no previous holder); empty when
	 * another replica holds it
	 */
	Optional<Optional<Instant>> tryAcquire(String tenantId, String holderId, Duration lease) {
		List<Optional<Instant>> taken = this.jdbc.sql("""
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
				RETURNING (SELECT live_since FROM previous) AS previous_live_since
				""")
			.param("tenantId", tenantId)
			.param("holderId", holderId)
			.param("leaseMillis", lease.toMillis())
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp("previous_live_since")).map(Timestamp::toInstant))
			.list();
		return taken.stream().findFirst();
	}

	/** Extends our lease; {@code false} when another replica holds it now. */
	boolean renew(String tenantId, String holderId, Duration lease, @Nullable Instant lastLive) {
		return this.jdbc.sql("""
				UPDATE producer_leases SET renewed_at = now(),
				    expires_at = now() + :leaseMillis * interval '1 millisecond',
				    last_live_at = coalesce(CAST(:lastLive AS timestamptz), last_live_at)
				WHERE tenant_id = :tenantId AND holder_id = :holderId
				""")
			.param("tenantId", tenantId)
			.param("holderId", holderId)
			.param("leaseMillis", lease.toMillis())
			.param("lastLive", (lastLive != null) ? Timestamp.from(lastLive) : null)
			.update() == 1;
	}

	/** Gives the lease up at once (a clean stop), recording the last live moment. */
	void release(String tenantId, String holderId, @Nullable Instant lastLive) {
		this.jdbc.sql("""
				UPDATE producer_leases SET expires_at = now(),
				    last_live_at = coalesce(CAST(:lastLive AS timestamptz), last_live_at)
				WHERE tenant_id = :tenantId AND holder_id = :holderId
				""")
			.param("tenantId", tenantId)
			.param("holderId", holderId)
			.param("lastLive", (lastLive != null) ? Timestamp.from(lastLive) : null)
			.update();
	}

}
