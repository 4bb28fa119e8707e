package io.callimport.simulator.control;

import org.jspecify.annotations.Nullable;

/**
 * A recording and the exact bytes its media URI serves.
 *
 * @param recordingId the recording id
 * @param fileState AVAILABLE, ARCHIVED or DELETED
 * @param channels 1 or 2
 * @param format {@code WAV} (16-bit PCM, 8 kHz)
 * @param bytes size of the file
 * @param sha256 lowercase hex SHA-256 of the file ({@code null} when not asked for)
 */
public record GroundTruthRecording(String recordingId, String fileState, int channels, String format, long bytes,
		@Nullable String sha256) {
}
