package io.callimport.consumer.recording;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.function.Function;

import io.minio.Checksum;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.errors.MinioException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;
import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.media.RecordingMedia;

/**
 * Streams a recording from its pre-signed media URI straight into the bucket: a multipart
 * upload of unknown length, so only one part is ever held in memory, whatever the size.
 * The first bytes say what the file is; a G.711 (mu-law, A-law) WAV, the trunk codec the
 * recording batch API delivers, is turned into 16-bit PCM WAV on the way when that is the
 * configured format. The bytes go to a staging key first ({@link StagingArea}); only a
 * download whose length checks out becomes a {@link StoredObject} that may be promoted to
 * its final key, so a truncated download never appears there as complete.
 */
@Component
public class RecordingUploader {

	/** Enough for any WAV header in front of the samples. */
	private static final int HEAD_BYTES = 4096;

	private final MinioClient minio;

	private final RecordingBucket bucket;

	private final StagingArea staging;

	private final long partSize;

	private final RecordingFormat wanted;

	RecordingUploader(MinioClient minio, RecordingBucket bucket, StagingArea staging, MinioProperties properties,
			RecordingProperties recording) {
		this.minio = minio;
		this.bucket = bucket;
		this.staging = staging;
		this.partSize = properties.partSize().toBytes();
		this.wanted = recording.format();
	}

	/**
	 * Stores a recording under a staging key; {@link StagingArea#promote} makes it
	 * visible under its final key, {@link StagingArea#discard} drops it.
	 * @param keyFor the object key of the recording stored in a format
	 * @throws ImportFailureException {@code MEDIA_DOWNLOAD_FAILED} or
	 * {@code OBJECT_STORE_UNAVAILABLE} (both retried), {@code BAD_DATA} for an id unsafe
	 * in a key
	 */
	public StoredObject upload(GenesysClient genesys, URI mediaUri, Function<RecordingFormat, String> keyFor) {
		return upload(genesys, mediaUri, -1, keyFor);
	}

	/**
	 * @param listedSize the size Genesys listed for the recording, or -1: it scales the
	 * download's deadline and bounds a body without {@code Content-Length}
	 * @throws ImportFailureException also {@code MEDIA_URI_REFUSED},
	 * {@code MEDIA_TOO_LARGE} and {@code MEDIA_DEADLINE_EXCEEDED} (not retried)
	 */
	public StoredObject upload(GenesysClient genesys, URI mediaUri, long listedSize,
			Function<RecordingFormat, String> keyFor) {
		this.bucket.ensureExists();
		String objectKey = "a recording";
		String stagingKey = null;
		try (RecordingMedia media = open(genesys, mediaUri, listedSize)) {
			BufferedInputStream buffered = new BufferedInputStream(media.body(), HEAD_BYTES);
			byte[] head = head(buffered);
			Conversion conversion = conversionOf(head);
			objectKey = keyFor.apply(conversion.stored());
			stagingKey = this.staging.newKey(objectKey);
			try (MeasuringInputStream stored = new MeasuringInputStream(conversion.open(buffered))) {
				this.minio.putObject(PutObjectArgs.builder()
					.bucket(this.bucket.name())
					.object(stagingKey)
					.stream(stored, null, this.partSize)
					// MinIO's default CRC32C is a byte-at-a-time Java loop, a third of
					// the consumer's CPU at full throughput (docs/BENCHMARKS.md); CRC32
					// is a JDK intrinsic and the server checks it the same way
					.checksum(Checksum.Algorithm.CRC32)
					.contentType(conversion.stored().contentType())
					.build());
				// as delivered, before any conversion, to compare with Content-Length
				requireComplete(media.bytesRead(), media.contentLength(), head, objectKey);
				byte[] storedHead = stored.head();
				StoredObject object = new StoredObject(this.bucket.name(), objectKey, stagingKey, stored.count(),
						stored.sha256Hex(), WavHeader.channels(storedHead), conversion.stored(), conversion.source(),
						WavHeader.layout(storedHead).map((layout) -> layout.durationMs(stored.count())).orElse(null));
				this.staging.verify(object);
				return object;
			}
		}
		catch (MinioException | IOException ex) {
			throw discarding(stagingKey, classify(ex, objectKey));
		}
		catch (ImportFailureException ex) {
			throw discarding(stagingKey, ex);
		}
		catch (RuntimeException ex) {
			// the MinIO client wraps some connection failures in unchecked exceptions
			throw discarding(stagingKey, classify(ex, objectKey));
		}
	}

	/**
	 * The first bytes, left to be read again; a failure is Genesys' (not the store's).
	 */
	private static byte[] head(BufferedInputStream media) throws MediaReadException {
		try {
			media.mark(HEAD_BYTES);
			byte[] head = media.readNBytes(HEAD_BYTES);
			media.reset();
			return head;
		}
		catch (IOException ex) {
			throw new MediaReadException("Reading the recording from Genesys failed at its start", ex);
		}
	}

	private ImportFailureException discarding(@Nullable String stagingKey, ImportFailureException ex) {
		if (stagingKey != null) {
			this.staging.discard(stagingKey);
		}
		return ex;
	}

	private Conversion conversionOf(byte[] head) {
		RecordingFormat delivered = MediaSniffer.detect(head, this.wanted);
		boolean g711 = delivered == RecordingFormat.WAV_ULAW || delivered == RecordingFormat.WAV_ALAW;
		if (g711 && this.wanted == RecordingFormat.WAV) {
			WavHeader.Layout layout = WavHeader.layout(head).orElse(null);
			if (layout != null) {
				return new Conversion(RecordingFormat.WAV, delivered, layout);
			}
		}
		return new Conversion(delivered, null, null);
	}

	private static RecordingMedia open(GenesysClient genesys, URI mediaUri, long listedSize) {
		try {
			return genesys.openMedia(mediaUri, listedSize);
		}
		catch (GenesysException ex) {
			ImportFailureException refused = MediaRefusals.of(ex);
			if (refused != null) {
				throw refused;
			}
			// A refused media URI has usually expired: the next attempt lists fresh ones.
			throw new ImportFailureException(ReasonCode.MEDIA_DOWNLOAD_FAILED,
					"Downloading a recording failed: " + ex.getMessage(), ex.failure().retryAfter(), ex);
		}
	}

	/**
	 * Without a Content-Length a cut connection looks like the end of the file: a WAV's
	 * {@code data} chunk still says how long it must be at least. (With one, the body is
	 * whole when it matches, whatever the header of the file says.)
	 */
	private static void requireComplete(long delivered, long announced, byte[] head, String objectKey) {
		if (announced >= 0) {
			if (delivered != announced) {
				throw new ImportFailureException(ReasonCode.MEDIA_DOWNLOAD_FAILED, "Genesys announced " + announced
						+ " bytes for " + objectKey + " but sent " + delivered + "; the upload is repeated");
			}
			return;
		}
		long declared = WavHeader.declaredLength(head);
		if (declared > delivered) {
			throw new ImportFailureException(ReasonCode.MEDIA_DOWNLOAD_FAILED, "The WAV header of " + objectKey
					+ " declares " + declared + " bytes but " + delivered + " arrived; the upload is repeated");
		}
	}

	private static ImportFailureException classify(Exception ex, String objectKey) {
		ImportFailureException refused = MediaRefusals.of(ex);
		if (refused != null) {
			return refused;
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MediaReadException) {
				return new ImportFailureException(ReasonCode.MEDIA_DOWNLOAD_FAILED, cause.getMessage(), ex);
			}
		}
		return new ImportFailureException(ReasonCode.OBJECT_STORE_UNAVAILABLE,
				"Storing " + objectKey + " in the object store failed: " + ex, ex);
	}

	/**
	 * How the delivered bytes become the stored ones.
	 *
	 * @param stored the stored format
	 * @param source the delivered format when it is converted
	 * @param layout the delivered G.711 WAV's layout when it is converted
	 */
	private record Conversion(RecordingFormat stored, @Nullable RecordingFormat source,
			WavHeader.@Nullable Layout layout) {

		InputStream open(InputStream delivered) throws IOException {
			if (this.layout == null) {
				return delivered;
			}
			// the PCM header replaces everything in front of the samples
			delivered.readNBytes(this.layout.dataOffset());
			return new G711ToPcmStream(delivered, this.layout);
		}

	}

}
