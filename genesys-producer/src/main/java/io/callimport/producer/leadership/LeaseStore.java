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
	 * @return when taken, the previous holder's last live moment (empty optional inside
	 * when there was none); empty when another replica holds it
	 */
	Optional<Optional<Instant>> tryAcquire(String tenantId, String holderId, Duration lease) {
		List<Optional<Instant>> taken = this.jdbc.sql("""
				INSERT INTO producer_leases (tenant_id, holder_id, acquired_at, renewed_at, expires_at)
				VALUES (:tenantId, :holderId, now(), now(), now() + :leaseMillis * interval '1 millisecond')
				ON CONFLICT (tenant_id) DO UPDATE SET holder_id = excluded.holder_id, acquired_at = now(),
				    renewed_at = now(), expires_at = excluded.expires_at
				WHERE producer_leases.expires_at < now() OR producer_leases.holder_id = excluded.holder_id
				RETURNING last_live_at
				""")
			.param("tenantId", tenantId)
			.param("holderId", holderId)
			.param("leaseMillis", lease.toMillis())
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp("last_live_at")).map(Timestamp::toInstant))
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
