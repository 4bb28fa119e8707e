package io.callimport.producer.call;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import io.callimport.producer.call.CallView.RecordingView;

/**
 * A stored recording of a call ({@code recordings}), read only, as {@link Call}.
 */
@Entity
@Immutable
@Table(name = "recordings")
class Recording {

	@EmbeddedId
	private Key id;

	private @Nullable String objectKey;

	private @Nullable Long bytes;

	private @Nullable String sha256;

	private @Nullable String format;

	private @Nullable Integer channels;

	private String fileState;

	private @Nullable Instant startedAt;

	Recording(UUID callId, String recordingId, String fileState) {
		this.id = new Key(callId, recordingId);
		this.fileState = fileState;
	}

	protected Recording() {
	}

	UUID callId() {
		return this.id.callId();
	}

	RecordingView view() {
		return new RecordingView(this.id.recordingId(), this.objectKey, this.bytes, this.sha256, this.format,
				this.channels, this.fileState);
	}

	/** A recording within its call. */
	@Embeddable
	record Key(UUID callId, String recordingId) implements Serializable {
	}

}
