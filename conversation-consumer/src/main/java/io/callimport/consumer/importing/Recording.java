package io.callimport.consumer.importing;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import io.callimport.model.persistence.AssignedIdEntity;

/**
 * A row of {@code recordings}. An {@link AssignedIdEntity} so that saving a new one
 * inserts it (batched) instead of merging, which would first select the key it assigns.
 */
@Entity
@Table(name = "recordings")
@IdClass(Recording.Key.class)
class Recording extends AssignedIdEntity<Recording.Key> {

	@Id
	private UUID callId;

	@Id
	private String recordingId;

	private String tenantId;

	private @Nullable String objectKey;

	private @Nullable Long bytes;

	private @Nullable String sha256;

	private @Nullable String format;

	private @Nullable Integer channels;

	private @Nullable String mediaSubtype;

	private String fileState;

	private @Nullable Instant startedAt;

	private @Nullable Instant endedAt;

	private @Nullable Long durationMs;

	private @Nullable String sourceFormat;

	private @Nullable Instant storedAt;

	Recording(UUID callId, String tenantId, RecordingRow row, Instant now) {
		this.callId = callId;
		this.recordingId = row.recordingId();
		this.tenantId = tenantId;
		this.fileState = row.fileState();
		update(row, now);
	}

	protected Recording() {
	}

	/** Takes the row's values; a stored object's time is now. */
	void update(RecordingRow row, Instant now) {
		this.objectKey = row.objectKey();
		this.bytes = row.bytes();
		this.sha256 = row.sha256();
		this.format = row.format();
		this.channels = row.channels();
		this.mediaSubtype = row.mediaSubtype();
		this.fileState = row.fileState();
		this.startedAt = row.startedAt();
		this.endedAt = row.endedAt();
		this.durationMs = row.durationMs();
		this.sourceFormat = row.sourceFormat();
		this.storedAt = (row.objectKey() != null) ? now : null;
	}

	String recordingId() {
		return this.recordingId;
	}

	RecordingRow row() {
		return new RecordingRow(this.recordingId, this.objectKey, this.bytes, this.sha256, this.format, this.channels,
				this.mediaSubtype, this.fileState, this.startedAt, this.endedAt, this.durationMs, this.sourceFormat);
	}

	@Override
	public Key getId() {
		return new Key(this.callId, this.recordingId);
	}

	/** The primary key. */
	record Key(UUID callId, String recordingId) implements Serializable {
	}

}
