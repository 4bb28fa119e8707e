package io.callimport.installation.status;

import java.sql.Timestamp;
import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One statement over the tables the services write: {@code genesys_settings} (installer),
 * {@code agents} and {@code producer_leases} (producer), {@code calls} (consumer).
 */
@Repository
class StatusQueries {

	private final JdbcClient jdbc;

	StatusQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	TenantStatus status(String tenantId, Duration socketLiveWithin) {
		// native: one round trip of scalar subqueries over four tables of three services
		// (producer_leases has no entity here), with interval arithmetic on the
		// database's clock
		return this.jdbc.sql("""
				SELECT s.updated_at IS NOT NULL AS settings_verified,
				       (SELECT count(*) FROM agents a
				        WHERE a.tenant_id = :tenantId AND a.active AND s.updated_at IS NOT NULL
				          AND a.last_synced_at >= s.updated_at) AS agents_synced,
				       EXISTS (SELECT 1 FROM producer_leases l
				               WHERE l.tenant_id = :tenantId AND s.updated_at IS NOT NULL AND l.expires_at > now()
				                 AND l.last_live_at > now() - :liveMillis * interval '1 millisecond') AS socket_live,
				       (SELECT max(c.imported_at) FROM calls c WHERE c.tenant_id = :tenantId) AS last_import_at,
				       (SELECT count(*) FROM calls c
				        WHERE c.tenant_id = :tenantId AND c.imported_at > now() - interval '24 hours') AS imported_24h
				FROM (SELECT 1) one
				LEFT JOIN genesys_settings s ON s.tenant_id = :tenantId
				""").param("tenantId", tenantId).param("liveMillis", socketLiveWithin.toMillis()).query((rs, row) -> {
			Timestamp lastImport = rs.getTimestamp("last_import_at");
			return new TenantStatus(rs.getBoolean("settings_verified"), rs.getInt("agents_synced"),
					rs.getBoolean("socket_live"), (lastImport != null) ? lastImport.toInstant() : null,
					rs.getLong("imported_24h"));
		}).single();
	}

}
