package io.callimport.consumer.recording;

import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.MinioException;

import org.springframework.stereotype.Component;

/**
 * What the bucket holds under a key, without reading the object.
 */
@Component
public class StoredObjects {

	private final MinioClient minio;

	private final RecordingBucket bucket;

	StoredObjects(MinioClient minio, RecordingBucket bucket) {
		this.minio = minio;
		this.bucket = bucket;
	}

	/**
	 * The object's length, or -1 when there is no such object or the store cannot tell
	 * now (the caller then stores the recording again).
	 */
	public long length(String objectKey) {
		try {
			StatObjectResponse stat = this.minio
				.statObject(StatObjectArgs.builder().bucket(this.bucket.name()).object(objectKey).build());
			return stat.size();
		}
		catch (MinioException | RuntimeException ex) {
			// no such key, or the store is unreachable: either way, store it again
			return -1;
		}
	}

}
