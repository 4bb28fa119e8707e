package io.callimport.producer.failure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code import_failures} for the admin API, newest first.
 */
@Repository
class FailureQueries {

	private final JdbcClient jdbc;

	FailureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<FailureView> find(String tenantId, @Nullable FailureStatus status, Pageable pageable) {
		String statusName = (status != null) ? status.name() : null;
		String where = " FROM import_failures WHERE tenant_id = :tenantId AND (CAST(:status AS text) IS NULL OR status = :status)";
		long total = this.jdbc.sql("SELECT count(*)" + where)
			.param("tenantId", tenantId)
			.param("status", statusName)
			.query(Long.class)
			.single();
		List<FailureView> content = this.jdbc.sql("""
				SELECT id, conversation_id, message_id, reason_code, reason, attempts, status, failed_at, replayed_at,
				       replay_count""" + where + " ORDER BY failed_at DESC, id LIMIT :limit OFFSET :offset")
			.param("tenantId", tenantId)
			.param("status", statusName)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(FailureQueries::view)
			.list();
		return new PageImpl<>(content, pageable, total);
	}

	private static FailureView view(ResultSet rs, int rowNum) throws SQLException {
		Timestamp replayed = rs.getTimestamp("replayed_at");
		return new FailureView(rs.getObject("id", UUID.class), rs.getString("conversation_id"),
				rs.getObject("message_id", UUID.class), rs.getString("reason_code"), rs.getString("reason"),
				rs.getInt("attempts"), FailureStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("failed_at").toInstant(), (replayed != null) ? replayed.toInstant() : null,
				rs.getInt("replay_count"));
	}

}
