package io.callimport.consumer.recording;

/**
 * A recording as stored in the object store.
 *
 * @param bucket the bucket
 * @param objectKey its key
 * @param bytes its length
 * @param sha256 lowercase hex SHA-256 of its bytes
 * @param channels 1 or 2 as its WAV header says, 0 when the format does not tell
 */
public record StoredObject(String bucket, String objectKey, long bytes, String sha256, int channels) {
}
