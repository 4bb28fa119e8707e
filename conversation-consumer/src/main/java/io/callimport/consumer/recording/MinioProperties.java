package io.callimport.consumer.recording;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The object store of the recordings ({@code MINIO_*}). {@link #toString()} masks the
 * secret key.
 *
 * @param endpoint e.g. {@code http://minio:9000} ({@code MINIO_ENDPOINT})
 * @param accessKey {@code MINIO_ACCESS_KEY}
 * @param secretKey {@code MINIO_SECRET_KEY}
 * @param bucket {@code MINIO_BUCKET}, created at start when missing
 * @param region the bucket's region, when the store needs one
 * @param partSize multipart part size (5 MiB to 5 GiB); one part per upload is held in
 * memory
 * @param connectTimeout connect timeout
 * @param ioTimeout read and write timeout of one request
 */
@Validated
@ConfigurationProperties("minio")
public record MinioProperties(@NotBlank String endpoint, @NotBlank String accessKey, @NotBlank String secretKey,
		@DefaultValue("call-recordings") @Pattern(regexp = "[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]",
				message = "must be a valid S3 bucket name") String bucket,
		@Nullable String region, @DefaultValue("8MB") DataSize partSize, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("2m") Duration ioTimeout) {

	private static final long MIN_PART = DataSize.ofMegabytes(5).toBytes();

	private static final long MAX_PART = DataSize.ofGigabytes(5).toBytes();

	public MinioProperties {
		if (partSize != null && (partSize.toBytes() < MIN_PART || partSize.toBytes() > MAX_PART)) {
			throw new IllegalArgumentException("minio.part-size must be between 5MB and 5GB, was " + partSize);
		}
	}

	@Override
	public String toString() {
		return "MinioProperties[endpoint=" + this.endpoint + ", accessKey=" + this.accessKey + ", secretKey=******"
				+ ", bucket=" + this.bucket + ", region=" + this.region + ", partSize=" + this.partSize + "]";
	}

}
