package io.callimport.consumer.importing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of {@code recordings}: a stored recording, or an archived or deleted one without
 * an object. {@code sourceFormat} is what Genesys delivered when the stored bytes are a
 * conversion of it.
 */
record RecordingRow(String recordingId, @Nullable String objectKey, @Nullable Long bytes, @Nullable String sha256,
		@Nullable String format, @Nullable Integer channels, @Nullable String mediaSubtype, String fileState,
		@Nullable Instant startedAt, @Nullable Instant endedAt, @Nullable Long durationMs,
		@Nullable String sourceFormat) {

	boolean stored() {
		return this.objectKey != null;
	}

}
