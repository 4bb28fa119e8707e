package io.callimport.consumer.recording;

import java.io.IOException;
import java.net.URI;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.errors.MinioException;

import org.springframework.stereotype.Component;

import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;
import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.media.RecordingMedia;

/**
 * Streams a recording from its pre-signed media URI straight into the bucket: a multipart
 * upload of unknown length, so only one part is ever held in memory, whatever the size.
 * The same key is written again by a retry, which is harmless: the last complete upload
 * wins.
 */
@Component
public class RecordingUploader {

	private final MinioClient minio;

	private final RecordingBucket bucket;

	private final long partSize;

	RecordingUploader(MinioClient minio, RecordingBucket bucket, MinioProperties properties) {
		this.minio = minio;
		this.bucket = bucket;
		this.partSize = properties.partSize().toBytes();
	}

	/**
	 * @throws ImportFailureException {@code MEDIA_DOWNLOAD_FAILED} or
	 * {@code OBJECT_STORE_UNAVAILABLE} (both retried)
	 */
	public StoredObject upload(GenesysClient genesys, URI mediaUri, String objectKey, RecordingFormat format) {
		this.bucket.ensureExists();
		try (RecordingMedia media = open(genesys, mediaUri, objectKey);
				MeasuringInputStream in = new MeasuringInputStream(media.body())) {
			this.minio.putObject(PutObjectArgs.builder()
				.bucket(this.bucket.name())
				.object(objectKey)
				.stream(in, null, this.partSize)
				.contentType(format.contentType())
				.build());
			requireComplete(in.count(), media.contentLength(), objectKey);
			return new StoredObject(this.bucket.name(), objectKey, in.count(), in.sha256Hex(),
					WavHeader.channels(in.head()));
		}
		catch (MinioException | IOException ex) {
			throw classify(ex, objectKey);
		}
		catch (ImportFailureException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// the MinIO client wraps some connection failures in unchecked exceptions
			throw classify(ex, objectKey);
		}
	}

	private static RecordingMedia open(GenesysClient genesys, URI mediaUri, String objectKey) {
		try {
			return genesys.openMedia(mediaUri);
		}
		catch (GenesysException ex) {
			// A refused media URI has usually expired: the next attempt lists fresh ones.
			throw new ImportFailureException(ReasonCode.MEDIA_DOWNLOAD_FAILED,
					"Downloading the recording for " + objectKey + " failed: " + ex.getMessage(),
					ex.failure().retryAfter(), ex);
		}
	}

	private static void requireComplete(long stored, long announced, String objectKey) {
		if (announced >= 0 && stored != announced) {
			throw new ImportFailureException(ReasonCode.MEDIA_DOWNLOAD_FAILED, "Genesys announced " + announced
					+ " bytes for " + objectKey + " but sent " + stored + "; the upload is repeated");
		}
	}

	private static ImportFailureException classify(Exception ex, String objectKey) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MediaReadException) {
				return new ImportFailureException(ReasonCode.MEDIA_DOWNLOAD_FAILED, cause.getMessage(), ex);
			}
		}
		return new ImportFailureException(ReasonCode.OBJECT_STORE_UNAVAILABLE,
				"Storing " + objectKey + " in the object store failed: " + ex, ex);
	}

}
