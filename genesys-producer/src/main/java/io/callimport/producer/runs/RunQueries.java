package io.callimport.producer.runs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.callimport.producer.reconciliation.RunKind;

/**
 * Reads runs for the runs API, newest first.
 */
@Repository
class RunQueries {

	private static final String COLUMNS = """
			id, kind, status, window_from, window_to, progress_until, windows_total, windows_done, found,
			already_imported, in_flight, requeued, failed, genesys_requests, attempts, error, created_at, started_at,
			finished_at, now() AS read_at
			""";

	private static final String FILTER = """
			FROM reconciliation_runs WHERE tenant_id = :tenantId
			  AND (CAST(:kind AS text) IS NULL OR kind = :kind) AND (CAST(:status AS text) IS NULL OR status = :status)
			""";

	private final JdbcClient jdbc;

	RunQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<RunView> find(String tenantId, @Nullable RunKind kind, @Nullable RunStatus status, Pageable pageable) {
		String kindName = (kind != null) ? kind.name() : null;
		String statusName = (status != null) ? status.name() : null;
		long total = this.jdbc.sql("SELECT count(*) " + FILTER)
			.param("tenantId", tenantId)
			.param("kind", kindName)
			.param("status", statusName)
			.query(Long.class)
			.single();
		List<RunView> content = this.jdbc
			.sql("SELECT " + COLUMNS + FILTER + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
			.param("tenantId", tenantId)
			.param("kind", kindName)
			.param("status", statusName)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(RunQueries::view)
			.list();
		return new PageImpl<>(content, pageable, total);
	}

	Optional<RunView> findOne(String tenantId, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM reconciliation_runs WHERE tenant_id = :tenantId AND id = :id")
			.param("tenantId", tenantId)
			.param("id", id)
			.query(RunQueries::view)
			.optional();
	}

	private static RunView view(ResultSet rs, int row) throws SQLException {
		Instant started = instant(rs.getTimestamp("started_at"));
		Instant finished = instant(rs.getTimestamp("finished_at"));
		Instant until = (finished != null) ? finished : rs.getTimestamp("read_at").toInstant();
		Long duration = (started != null) ? Duration.between(started, until).toMillis() : null;
		return new RunView(rs.getObject("id", UUID.class), RunKind.valueOf(rs.getString("kind")),
				RunStatus.valueOf(rs.getString("status")), rs.getTimestamp("window_from").toInstant(),
				rs.getTimestamp("window_to").toInstant(), instant(rs.getTimestamp("progress_until")),
				rs.getInt("windows_total"), rs.getInt("windows_done"), rs.getInt("found"),
				rs.getInt("already_imported"), rs.getInt("in_flight"), rs.getInt("requeued"), rs.getInt("failed"),
				rs.getInt("genesys_requests"), rs.getInt("attempts"), rs.getString("error"),
				rs.getTimestamp("created_at").toInstant(), started, finished, duration);
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
