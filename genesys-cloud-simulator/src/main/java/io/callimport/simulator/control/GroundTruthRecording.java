package io.callimport.simulator.control;

import org.jspecify.annotations.Nullable;

/**
 * A recording and the exact bytes its media URIs serve: the PCM WAV of the recordings API
 * ({@code formatId=WAV}) and the μ-law WAV of the batch API and
 * {@code formatId=WAV_ULAW}, which decodes to exactly the PCM file.
 *
 * @param recordingId the recording id
 * @param fileState AVAILABLE, ARCHIVED or DELETED
 * @param channels 1 or 2
 * @param format {@code WAV} (16-bit PCM, 8 kHz)
 * @param bytes size of the file
 * @param sha256 lowercase hex SHA-256 of the file ({@code null} when not asked for)
 * @param ulawBytes size of the μ-law WAV file (header 58 bytes)
 * @param ulawSha256 lowercase hex SHA-256 of the μ-law WAV file ({@code null} when not
 * asked for)
 */
public record GroundTruthRecording(String recordingId, String fileState, int channels, String format, long bytes,
		@Nullable String sha256, long ulawBytes, @Nullable String ulawSha256) {
}
