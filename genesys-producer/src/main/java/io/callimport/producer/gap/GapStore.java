package io.callimport.producer.gap;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes {@code notification_gaps}.
 */
@Repository
class GapStore {

	private final JdbcClient jdbc;

	GapStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID open(String tenantId, Instant startedAt, String reason) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO notification_gaps (id, tenant_id, started_at, reason) VALUES (:id, :tenantId, :startedAt,
				    :reason)
				""")
			.param("id", id)
			.param("tenantId", tenantId)
			.param("startedAt", Timestamp.from(startedAt))
			.param("reason", reason)
			.update();
		return id;
	}

	/**
	 * Takes over the gaps a previous holder left open, starting no later than
	 * {@code since}; the id of one of them, or empty when there were none.
	 */
	Optional<UUID> adoptOpen(String tenantId, @Nullable Instant since) {
		List<UUID> open = this.jdbc
			.sql("""
					UPDATE notification_gaps SET started_at = LEAST(started_at, coalesce(CAST(:since AS timestamptz), started_at))
					WHERE tenant_id = :tenantId AND ended_at IS NULL
					RETURNING id
					""")
			.param("tenantId", tenantId)
			.param("since", (since != null) ? Timestamp.from(since) : null)
			.query(UUID.class)
			.list();
		return open.stream().findFirst();
	}

	/** Ends every open gap of the tenant at {@code endedAt}. */
	void closeAll(String tenantId, Instant endedAt) {
		this.jdbc.sql("""
				UPDATE notification_gaps SET ended_at = greatest(started_at, :endedAt)
				WHERE tenant_id = :tenantId AND ended_at IS NULL
				""").param("tenantId", tenantId).param("endedAt", Timestamp.from(endedAt)).update();
	}

	List<NotificationGap> endedBefore(String tenantId, Instant before) {
		return this.jdbc.sql("""
				SELECT id, started_at, ended_at, reason FROM notification_gaps
				WHERE tenant_id = :tenantId AND healed_at IS NULL AND ended_at IS NOT NULL AND ended_at <= :before
				ORDER BY started_at
				""")
			.param("tenantId", tenantId)
			.param("before", Timestamp.from(before))
			.query((rs, row) -> new NotificationGap(rs.getObject("id", UUID.class),
					rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("ended_at").toInstant(),
					rs.getString("reason")))
			.list();
	}

	/**
	 * Links the gap to its heal's run; a successful heal marks it healed, partially when
	 * {@code uncoveredFrom} (to {@code uncoveredTo}) was left out.
	 */
	void healAttempted(UUID gapId, UUID runId, boolean healed, @Nullable Instant uncoveredFrom, Instant uncoveredTo) {
		String outcome = !healed ? null : (uncoveredFrom != null) ? "PARTIALLY_HEALED" : "HEALED";
		this.jdbc
			.sql("""
					UPDATE notification_gaps SET heal_run_id = :runId, healed_at = CASE WHEN CAST(:healed AS boolean) THEN now() END,
					    heal_outcome = CAST(:outcome AS text), uncovered_from = CAST(:uncoveredFrom AS timestamptz),
					    uncovered_to = CASE WHEN CAST(:uncoveredFrom AS timestamptz) IS NOT NULL THEN CAST(:uncoveredTo AS timestamptz) END
					WHERE id = :id
					""")
			.param("id", gapId)
			.param("runId", runId)
			.param("healed", healed)
			.param("outcome", outcome)
			.param("uncoveredFrom", (healed && uncoveredFrom != null) ? Timestamp.from(uncoveredFrom) : null)
			.param("uncoveredTo", Timestamp.from(uncoveredTo))
			.update();
	}

}
