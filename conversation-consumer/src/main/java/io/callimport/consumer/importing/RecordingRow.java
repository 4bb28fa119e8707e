package io.callimport.consumer.importing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of {@code recordings}: a stored recording, or an archived or deleted one without
 * an object.
 */
record RecordingRow(String recordingId, @Nullable String objectKey, @Nullable Long bytes, @Nullable String sha256,
		@Nullable String format, @Nullable Integer channels, @Nullable String mediaSubtype, String fileState,
		@Nullable Instant startedAt, @Nullable Instant endedAt, @Nullable Long durationMs) {

	boolean stored() {
		return this.objectKey != null;
	}

}
