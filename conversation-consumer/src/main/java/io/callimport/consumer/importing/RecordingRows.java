package io.callimport.consumer.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code recordings} rows of a call.
 */
final class RecordingRows {

	private final JdbcClient jdbc;

	RecordingRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Makes the call's rows exactly the given ones. */
	void replace(UUID callId, String tenantId, List<RecordingRow> rows) {
		this.jdbc.sql("DELETE FROM recordings WHERE call_id = :callId AND NOT (recording_id = ANY(:ids))")
			.param("callId", callId)
			.param("ids", rows.stream().map(RecordingRow::recordingId).toArray(String[]::new))
			.update();
		for (RecordingRow row : rows) {
			this.jdbc
				.sql("""
						INSERT INTO recordings (call_id, recording_id, tenant_id, object_key, bytes, sha256, format, channels,
						    media_subtype, file_state, started_at, ended_at, duration_ms, source_format, stored_at)
						VALUES (:callId, :recordingId, :tenantId, :objectKey, :bytes, :sha256, :format, :channels,
						    :mediaSubtype, :fileState, :startedAt, :endedAt, :durationMs, :sourceFormat,
						    CASE WHEN CAST(:objectKey AS text) IS NULL THEN NULL ELSE now() END)
						ON CONFLICT (call_id, recording_id) DO UPDATE SET object_key = excluded.object_key,
						    bytes = excluded.bytes, sha256 = excluded.sha256, format = excluded.format,
						    channels = excluded.channels, media_subtype = excluded.media_subtype,
						    file_state = excluded.file_state, started_at = excluded.started_at, ended_at = excluded.ended_at,
						    duration_ms = excluded.duration_ms, source_format = excluded.source_format,
						    stored_at = excluded.stored_at
						""")
				.param("callId", callId)
				.param("recordingId", row.recordingId())
				.param("tenantId", tenantId)
				.param("objectKey", row.objectKey())
				.param("bytes", row.bytes())
				.param("sha256", row.sha256())
				.param("format", row.format())
				.param("channels", row.channels())
				.param("mediaSubtype", row.mediaSubtype())
				.param("fileState", row.fileState())
				.param("startedAt", CallStore.time(row.startedAt()))
				.param("endedAt", CallStore.time(row.endedAt()))
				.param("durationMs", row.durationMs())
				.param("sourceFormat", row.sourceFormat())
				.update();
		}
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
