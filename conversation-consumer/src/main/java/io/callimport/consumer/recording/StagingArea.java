package io.callimport.consumer.recording;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.minio.CopyObjectArgs;
import io.minio.Directive;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.SourceObject;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.MinioException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;

/**
 * Where recordings wait, under {@value #PREFIX}, until they may be seen under their final
 * key: a download is checked there first (length, and the size the store kept), and only
 * the writer that holds the call's row lock promotes it, by a server-side copy. Nothing
 * under a final key is ever a partial upload, and two writers of one call cannot leave an
 * object that differs from its row. What a crash leaves here is removed by
 * {@link StaleUploadSweeper}.
 */
@Component
public class StagingArea {

	/** The prefix of staged objects; no tenant id can start with a dot. */
	public static final String PREFIX = ".incoming/";

	/** User metadata of a stored recording: the SHA-256 of its bytes, lowercase hex. */
	public static final String SHA256_METADATA = "sha256";

	private static final Logger log = LoggerFactory.getLogger(StagingArea.class);

	private final MinioClient minio;

	private final RecordingBucket bucket;

	StagingArea(MinioClient minio, RecordingBucket bucket) {
		this.minio = minio;
		this.bucket = bucket;
	}

	/** A new staging key for an object meant for {@code finalKey} (its tenant kept). */
	String newKey(String finalKey) {
		int slash = finalKey.indexOf('/');
		String tenant = (slash > 0) ? finalKey.substring(0, slash) : "unknown";
		return PREFIX + tenant + "/" + UUID.randomUUID();
	}

	/**
	 * Checks that the store kept every byte that was sent.
	 * @throws ImportFailureException {@code OBJECT_STORE_UNAVAILABLE} (retried)
	 */
	void verify(StoredObject object) {
		long kept = stat(object.stagingKey()).size();
		if (kept != object.bytes()) {
			throw new ImportFailureException(ReasonCode.OBJECT_STORE_UNAVAILABLE,
					"The object store kept " + kept + " of the " + object.bytes() + " bytes sent for "
							+ object.objectKey() + "; the upload is repeated");
		}
	}

	/**
	 * Makes the staged object visible under its final key, with its SHA-256 as metadata,
	 * then removes the staged copy. The caller holds the call's row lock, so no other
	 * writer of the call copies at the same time.
	 * @throws ImportFailureException {@code OBJECT_STORE_UNAVAILABLE} (retried)
	 */
	public void promote(StoredObject object) {
		try {
			// a source over 5 GiB is copied part by part by the client (UploadPartCopy)
			this.minio.copyObject(CopyObjectArgs.builder()
				.bucket(object.bucket())
				.object(object.objectKey())
				.source(SourceObject.builder().bucket(object.bucket()).object(object.stagingKey()).build())
				.metadataDirective(Directive.REPLACE)
				.headers(Map.of("Content-Type", object.format().contentType()))
				.userMetadata(Map.of(SHA256_METADATA, object.sha256()))
				.build());
		}
		catch (MinioException | RuntimeException ex) {
			throw unavailable("Promoting " + object.objectKey() + " from the staging area failed", ex);
		}
		long promoted = stat(object.objectKey()).size();
		if (promoted != object.bytes()) {
			throw new ImportFailureException(ReasonCode.OBJECT_STORE_UNAVAILABLE, "The object store copied " + promoted
					+ " of " + object.bytes() + " bytes to " + object.objectKey() + "; the import is repeated");
		}
		discard(object.stagingKey());
	}

	/**
	 * Where an earlier attempt left this object, if its bytes are still there: staged
	 * with its length, or already promoted with its length and SHA-256. Empty when it
	 * must be downloaded again, also when the store cannot tell now.
	 */
	public Optional<Kept> find(StoredObject object) {
		if (!object.bucket().equals(this.bucket.name())) {
			return Optional.empty();
		}
		StatObjectResponse staged = statIfPresent(object.stagingKey());
		if (staged != null && staged.size() == object.bytes()) {
			return Optional.of(Kept.STAGED);
		}
		return holdsPromoted(object) ? Optional.of(Kept.PROMOTED) : Optional.empty();
	}

	/**
	 * Checks, under the call's row lock, that an object an earlier attempt promoted is
	 * still the one its row will describe.
	 * @throws ImportFailureException {@code OBJECT_STORE_UNAVAILABLE} (retried)
	 */
	public void confirmPromoted(StoredObject object) {
		if (!holdsPromoted(object)) {
			throw new ImportFailureException(ReasonCode.OBJECT_STORE_UNAVAILABLE,
					"The object an earlier attempt stored as " + object.objectKey()
							+ " is gone or differs; the recording is imported again");
		}
	}

	private boolean holdsPromoted(StoredObject object) {
		StatObjectResponse promoted = statIfPresent(object.objectKey());
		return promoted != null && promoted.size() == object.bytes()
				&& object.sha256().equals(promoted.userMetadata().getFirst(SHA256_METADATA));
	}

	/**
	 * Removes a staged object that will not be promoted; a failure only leaves it to the
	 * sweep.
	 */
	public void discard(String stagingKey) {
		try {
			this.minio.removeObject(RemoveObjectArgs.builder().bucket(this.bucket.name()).object(stagingKey).build());
		}
		catch (MinioException | RuntimeException ex) {
			log.warn("Could not remove staged object {}; the sweep will: {}", stagingKey, ex.toString());
		}
	}

	/** The object's description; null when absent or when the store cannot tell now. */
	private @Nullable StatObjectResponse statIfPresent(String key) {
		try {
			return this.minio.statObject(StatObjectArgs.builder().bucket(this.bucket.name()).object(key).build());
		}
		catch (MinioException | RuntimeException ex) {
			return null;
		}
	}

	private StatObjectResponse stat(String key) {
		try {
			return this.minio.statObject(StatObjectArgs.builder().bucket(this.bucket.name()).object(key).build());
		}
		catch (MinioException | RuntimeException ex) {
			throw unavailable("Reading the size of " + key + " failed", ex);
		}
	}

	/** Where a kept object is. */
	public enum Kept {

		/** Still in the staging area: promoted like a fresh upload. */
		STAGED,

		/** Under its final key already: nothing to copy. */
		PROMOTED

	}

	private static ImportFailureException unavailable(String what, Exception ex) {
		return new ImportFailureException(ReasonCode.OBJECT_STORE_UNAVAILABLE, what + ": " + ex, ex);
	}

}
