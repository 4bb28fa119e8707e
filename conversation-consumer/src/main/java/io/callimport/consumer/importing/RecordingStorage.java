package io.callimport.consumer.importing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import com.mypurecloud.sdk.v2.model.Recording;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.callimport.consumer.importing.RecordingPlan.Download;
import io.callimport.consumer.metrics.ImportMetrics;
import io.callimport.consumer.recording.ObjectKeys;
import io.callimport.consumer.recording.RecordingUploader;
import io.callimport.consumer.recording.StoredObject;
import io.callimport.consumer.recording.StoredObjects;
import io.callimport.genesys.GenesysClient;

/**
 * Carries out a {@link RecordingPlan}: each available recording streamed into the bucket,
 * each archived or deleted one noted without an object. (SDK 198.1.0's {@code Recording}
 * has no media subtype, so that column stays empty.)
 */
@Component
class RecordingStorage {

	private static final Logger log = LoggerFactory.getLogger(RecordingStorage.class);

	private final RecordingUploader uploader;

	private final ImportMetrics metrics;

	private final RecordingRows rows;

	private final StoredObjects objects;

	RecordingStorage(RecordingUploader uploader, ImportMetrics metrics, JdbcClient jdbc, StoredObjects objects) {
		this.uploader = uploader;
		this.metrics = metrics;
		this.rows = new RecordingRows(jdbc);
		this.objects = objects;
	}

	/**
	 * Streams one recording into the bucket, unless an earlier attempt stored it (its row
	 * noted, its object there with that length); its row.
	 */
	RecordingRow store(GenesysClient genesys, CallMetadata call, Download download) {
		RecordingRow earlier = storedEarlier(call, download);
		if (earlier != null) {
			return earlier;
		}
		RecordingRow row = download(genesys, call, download);
		remember(call, row);
		return row;
	}

	private RecordingRow download(GenesysClient genesys, CallMetadata call, Download download) {
		long started = System.nanoTime();
		StoredObject stored = this.uploader.upload(genesys, download.mediaUri(), listedSize(download),
				(format) -> ObjectKeys.of(call.tenantId(), call.startedAt(), call.conversationId(),
						download.recordingId(), format));
		long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
		log.info("Stored recording {} as {}: {} bytes in {} ms ({} MB/s){}", download.recordingId(), stored.objectKey(),
				stored.bytes(), millis, String.format(Locale.ROOT, "%.1f", stored.bytes() / 1e3 / millis),
				(stored.sourceFormat() != null) ? ", converted from " + stored.sourceFormat() : "");
		this.metrics.recordingStored(call.tenantId(), stored.bytes());
		Recording listed = download.listed();
		return new RecordingRow(download.recordingId(), stored.objectKey(), stored.bytes(), stored.sha256(),
				stored.format().name(), (stored.channels() > 0) ? stored.channels() : null, null,
				(listed != null) ? String.valueOf(listed.getFileState()) : "AVAILABLE",
				(listed != null) ? time(listed.getStartTime()) : null,
				(listed != null) ? time(listed.getEndTime()) : null,
				(listed != null && duration(listed) != null) ? duration(listed) : stored.durationMs(),
				(stored.sourceFormat() != null) ? stored.sourceFormat().name() : null);
	}

	/**
	 * The row of the recording when an earlier attempt stored it and its object is in the
	 * bucket with the noted length; null when it must be downloaded.
	 */
	private @Nullable RecordingRow storedEarlier(CallMetadata call, Download download) {
		try {
			RecordingRow row = this.rows.stored(call.callId(), download.recordingId()).orElse(null);
			if (row == null || row.objectKey() == null || row.bytes() == null
					|| this.objects.length(row.objectKey()) != row.bytes()) {
				return null;
			}
			log.info("Recording {} was stored by an earlier attempt as {} ({} bytes): not downloaded again",
					download.recordingId(), row.objectKey(), row.bytes());
			return row;
		}
		catch (DataAccessException ex) {
			return null;
		}
	}

	/**
	 * Notes the stored recording at once; if that fails, the call's own transaction
	 * writes the row anyway, and only a later attempt would download it again.
	 */
	private void remember(CallMetadata call, RecordingRow row) {
		try {
			this.rows.rememberStored(call.callId(), call.tenantId(), row);
		}
		catch (DataAccessException ex) {
			log.debug("Recording {} not noted before the call's transaction: {}", row.recordingId(), ex.getMessage());
		}
	}

	/** The rows of the plan's archived and deleted recordings. */
	List<RecordingRow> unavailable(RecordingPlan plan) {
		return plan.unavailable()
			.stream()
			.map((recording) -> new RecordingRow(RecordingPlan.recordingId(recording), null, null, null, null, null,
					null, String.valueOf(recording.getFileState()), time(recording.getStartTime()),
					time(recording.getEndTime()), duration(recording), null))
			.toList();
	}

	/** The size the recordings list declared, or -1 (a batch job declares none). */
	private static long listedSize(Download download) {
		Recording listed = download.listed();
		return (listed != null && listed.getOutputSizeInBytes() != null && listed.getOutputSizeInBytes() >= 0)
				? listed.getOutputSizeInBytes() : -1;
	}

	private static @Nullable Long duration(Recording recording) {
		return (recording.getOutputDurationMs() != null) ? recording.getOutputDurationMs().longValue() : null;
	}

	/** Recording times are strings in the SDK; one that does not parse is left out. */
	private static @Nullable Instant time(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return Instant.parse(value);
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

}
