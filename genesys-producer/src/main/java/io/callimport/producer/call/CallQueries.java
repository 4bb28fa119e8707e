package io.callimport.producer.call;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.CallStatus;
import io.callimport.producer.call.CallView.RecordingView;

/**
 * Reads calls and their recordings for the admin API. Calls are ordered newest first by
 * their end (or, while it is unknown, by when the row was created).
 */
@Repository
class CallQueries {

	private static final String COLUMNS = """
			id, conversation_id, status, status_reason, source, agent_user_id, agent_user_ids, direction, ani, dnis,
			started_at, ended_at, duration_ms, queue_ids, wrap_up_codes, disconnect_type, division_ids, detected_at,
			imported_at, queued_at
			""";

	private static final String FILTER = """
			FROM calls WHERE tenant_id = :tenantId
			  AND (CAST(:from AS timestamptz) IS NULL OR coalesce(ended_at, created_at) >= :from)
			  AND (CAST(:to AS timestamptz) IS NULL OR coalesce(ended_at, created_at) < :to)
			  AND (CAST(:status AS text) IS NULL OR status = :status)
			""";

	private final JdbcClient jdbc;

	CallQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<CallView> find(String tenantId, CallFilter filter, Pageable pageable) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("tenantId", tenantId);
		params.put("from", timestamp(filter.from()));
		params.put("to", timestamp(filter.to()));
		params.put("status", (filter.status() != null) ? filter.status().name() : null);
		long total = this.jdbc.sql("SELECT count(*) " + FILTER).params(params).query(Long.class).single();
		List<Row> rows = this.jdbc
			.sql("SELECT " + COLUMNS + FILTER
					+ " ORDER BY coalesce(ended_at, created_at) DESC, id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(CallQueries::row)
			.list();
		return new PageImpl<>(withRecordings(rows), pageable, total);
	}

	Optional<CallView> findOne(String tenantId, String conversationId) {
		List<Row> rows = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM calls WHERE tenant_id = :tenantId AND conversation_id = :conversationId")
			.param("tenantId", tenantId)
			.param("conversationId", conversationId)
			.query(CallQueries::row)
			.list();
		return withRecordings(rows).stream().findFirst();
	}

	private List<CallView> withRecordings(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<RecordingView>> recordings = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT call_id, recording_id, object_key, bytes, sha256, format, channels, file_state
				FROM recordings WHERE call_id = ANY(:ids) ORDER BY call_id, started_at NULLS LAST, recording_id
				""").param("ids", rows.stream().map(Row::id).toArray(UUID[]::new)).query((rs) -> {
			recordings.computeIfAbsent(rs.getObject("call_id", UUID.class), (id) -> new ArrayList<>())
				.add(new RecordingView(rs.getString("recording_id"), rs.getString("object_key"),
						(Long) rs.getObject("bytes"), rs.getString("sha256"), rs.getString("format"),
						(Integer) rs.getObject("channels"), rs.getString("file_state")));
		});
		return rows.stream().map((row) -> row.view(recordings.getOrDefault(row.id(), List.of()))).toList();
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getString("conversation_id"),
				CallStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
				CallSource.valueOf(rs.getString("source")), rs.getString("agent_user_id"),
				strings(rs.getArray("agent_user_ids")), rs.getString("direction"), rs.getString("ani"),
				rs.getString("dnis"), instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("ended_at")),
				(Long) rs.getObject("duration_ms"), strings(rs.getArray("queue_ids")),
				strings(rs.getArray("wrap_up_codes")), rs.getString("disconnect_type"),
				strings(rs.getArray("division_ids")), instant(rs.getTimestamp("detected_at")),
				instant(rs.getTimestamp("imported_at")), instant(rs.getTimestamp("queued_at")));
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private record Row(UUID id, String conversationId, CallStatus status, @Nullable String statusReason,
			CallSource source, @Nullable String agentUserId, List<String> agentUserIds, @Nullable String direction,
			@Nullable String ani, @Nullable String dnis, @Nullable Instant startedAt, @Nullable Instant endedAt,
			@Nullable Long durationMs, List<String> queueIds, List<String> wrapUpCodes, @Nullable String disconnectType,
			List<String> divisionIds, @Nullable Instant detectedAt, @Nullable Instant importedAt,
			@Nullable Instant queuedAt) {

		CallView view(List<RecordingView> recordings) {
			return new CallView(this.conversationId, this.status, this.statusReason, this.source, this.agentUserId,
					this.agentUserIds, this.direction, this.ani, this.dnis, this.startedAt, this.endedAt,
					this.durationMs, this.queueIds, this.wrapUpCodes, this.disconnectType, this.divisionIds,
					this.detectedAt, this.importedAt, this.queuedAt, recordings);
		}

	}

}
