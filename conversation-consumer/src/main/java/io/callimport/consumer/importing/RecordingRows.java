package io.callimport.consumer.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code recordings} rows of a call (plain SQL, as {@link CallStore} says why).
 */
final class RecordingRows {

	private static final String UPSERT = """
			INSERT INTO recordings (call_id, recording_id, tenant_id, object_key, bytes, sha256, format, channels,
			    media_subtype, file_state, started_at, ended_at, duration_ms, source_format, stored_at)
			VALUES (:callId, :recordingId, :tenantId, :objectKey, :bytes, :sha256, :format, :channels, :mediaSubtype,
			    :fileState, :startedAt, :endedAt, :durationMs, :sourceFormat, :storedAt)
			ON CONFLICT (call_id, recording_id) DO UPDATE SET object_key = excluded.object_key, bytes = excluded.bytes,
			    sha256 = excluded.sha256, format = excluded.format, channels = excluded.channels,
			    media_subtype = excluded.media_subtype, file_state = excluded.file_state,
			    started_at = excluded.started_at, ended_at = excluded.ended_at, duration_ms = excluded.duration_ms,
			    source_format = excluded.source_format, stored_at = excluded.stored_at
			""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	RecordingRows(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Makes the call's rows exactly the given ones: a delete of the others, then one
	 * batch of upserts.
	 * @param now the time a stored object is recorded with
	 */
	void replace(UUID callId, String tenantId, List<RecordingRow> rows, OffsetDateTime now) {
		this.jdbc.sql("DELETE FROM recordings WHERE call_id = :callId AND NOT (recording_id = ANY(:ids))")
			.param("callId", callId)
			.param("ids", rows.stream().map(RecordingRow::recordingId).toArray(String[]::new))
			.update();
		this.batch.batchUpdate(UPSERT,
				rows.stream().map((row) -> upsertRow(callId, tenantId, row, now)).toArray(SqlParameterSource[]::new));
	}

	private static SqlParameterSource upsertRow(UUID callId, String tenantId, RecordingRow row, OffsetDateTime now) {
		return new MapSqlParameterSource().addValue("callId", callId)
			.addValue("recordingId", row.recordingId())
			.addValue("tenantId", tenantId)
			.addValue("objectKey", row.objectKey())
			.addValue("bytes", row.bytes())
			.addValue("sha256", row.sha256())
			.addValue("format", row.format())
			.addValue("channels", row.channels())
			.addValue("mediaSubtype", row.mediaSubtype())
			.addValue("fileState", row.fileState())
			.addValue("startedAt", CallStore.time(row.startedAt()))
			.addValue("endedAt", CallStore.time(row.endedAt()))
			.addValue("durationMs", row.durationMs())
			.addValue("sourceFormat", row.sourceFormat())
			.addValue("storedAt", row.stored() ? now : null);
	}

	List<RecordingRow> of(UUID callId) {
		return this.jdbc.sql("""
				SELECT recording_id, object_key, bytes, sha256, format, channels, media_subtype, file_state, started_at,
				       ended_at, duration_ms, source_format
				FROM recordings WHERE call_id = :callId ORDER BY started_at NULLS LAST, recording_id
				""").param("callId", callId).query((rs, row) -> row(rs)).list();
	}

	private static RecordingRow row(ResultSet rs) throws SQLException {
		return new RecordingRow(rs.getString("recording_id"), rs.getString("object_key"), (Long) rs.getObject("bytes"),
				rs.getString("sha256"), rs.getString("format"), (Integer) rs.getObject("channels"),
				rs.getString("media_subtype"), rs.getString("file_state"),
				CallStore.instant(rs.getTimestamp("started_at")), CallStore.instant(rs.getTimestamp("ended_at")),
				(Long) rs.getObject("duration_ms"), rs.getString("source_format"));
	}

}
