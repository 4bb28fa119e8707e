package io.callimport.consumer.recording;

import org.jspecify.annotations.Nullable;

/**
 * A recording as stored in the object store.
 *
 * @param bucket the bucket
 * @param objectKey its final key
 * @param stagingKey where it waits until it is promoted to its final key
 * @param bytes its length
 * @param sha256 lowercase hex SHA-256 of its bytes
 * @param channels 1 or 2 as its WAV header says, 0 when the format does not tell
 * @param format what the stored bytes are
 * @param sourceFormat what Genesys delivered, when the consumer converted it (a G.711
 * trunk recording stored as 16-bit PCM WAV); null when stored as delivered
 * @param durationMs the audio's length as its WAV header and size tell; null for other
 * formats
 */
public record StoredObject(String bucket, String objectKey, String stagingKey, long bytes, String sha256, int channels,
		RecordingFormat format, @Nullable RecordingFormat sourceFormat, @Nullable Long durationMs) {
}
