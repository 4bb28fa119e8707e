package io.callimport.consumer.recording;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;

/**
 * The bucket of the recordings: created at start when missing, or before the first upload
 * when the object store was down at start.
 */
@Component
class RecordingBucket {

	private static final Logger log = LoggerFactory.getLogger(RecordingBucket.class);

	private final MinioClient minio;

	private final String name;

	private volatile boolean ready;

	RecordingBucket(MinioClient minio, MinioProperties properties) {
		this.minio = minio;
		this.name = properties.bucket();
	}

	String name() {
		return this.name;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createAtStart() {
		try {
			ensureExists();
		}
		catch (ImportFailureException ex) {
			log.warn("Bucket {} not checked at start, will be before the first upload: {}", this.name, ex.getMessage());
		}
	}

	/**
	 * @throws ImportFailureException {@code OBJECT_STORE_UNAVAILABLE} when the store
	 * cannot be reached
	 */
	void ensureExists() {
		if (this.ready) {
			return;
		}
		try {
			if (!this.minio.bucketExists(BucketExistsArgs.builder().bucket(this.name).build())) {
				this.minio.makeBucket(MakeBucketArgs.builder().bucket(this.name).build());
				log.info("Created bucket {}", this.name);
			}
			this.ready = true;
		}
		catch (ErrorResponseException ex) {
			if (isAlreadyOwned(ex)) {
				this.ready = true;
				return;
			}
			throw unavailable(ex);
		}
		catch (MinioException | RuntimeException ex) {
			// the MinIO client reports a refused connection as an unchecked exception
			throw unavailable(ex);
		}
	}

	/** Another replica created it at the same time. */
	private static boolean isAlreadyOwned(ErrorResponseException ex) {
		String code = ex.errorResponse().code();
		return "BucketAlreadyOwnedByYou".equals(code) || "BucketAlreadyExists".equals(code);
	}

	private ImportFailureException unavailable(Exception ex) {
		return new ImportFailureException(ReasonCode.OBJECT_STORE_UNAVAILABLE,
				"The object store failed to check or create bucket " + this.name + ": " + ex.getMessage(), ex);
	}

}
