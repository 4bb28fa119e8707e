package io.callimport.consumer.recording;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code minio} in the health endpoint and the readiness group: up when the object store
 * answers and the bucket exists.
 */
@Component("minio")
class MinioHealthIndicator extends AbstractHealthIndicator {

	private final MinioClient minio;

	private final String bucket;

	private final String endpoint;

	MinioHealthIndicator(MinioClient minio, MinioProperties properties) {
		super("Object store health check failed");
		this.minio = minio;
		this.bucket = properties.bucket();
		this.endpoint = properties.endpoint();
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		boolean exists = this.minio.bucketExists(BucketExistsArgs.builder().bucket(this.bucket).build());
		builder.status(exists ? "UP" : "DOWN").withDetail("endpoint", this.endpoint).withDetail("bucket", this.bucket);
		if (!exists) {
			builder.withDetail("error", "bucket does not exist");
		}
	}

}
