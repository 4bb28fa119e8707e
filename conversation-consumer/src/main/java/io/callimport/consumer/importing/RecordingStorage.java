package io.callimport.consumer.importing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.mypurecloud.sdk.v2.model.Recording;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;
import io.callimport.consumer.importing.RecordingPlan.Download;
import io.callimport.consumer.metrics.ImportMetrics;
import io.callimport.consumer.recording.ObjectKeys;
import io.callimport.consumer.recording.RecordingFormat;
import io.callimport.consumer.recording.RecordingProperties;
import io.callimport.consumer.recording.RecordingUploader;
import io.callimport.consumer.recording.StoredObject;
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

	private final RecordingFormat format;

	private final ImportMetrics metrics;

	RecordingStorage(RecordingUploader uploader, RecordingProperties properties, ImportMetrics metrics) {
		this.uploader = uploader;
		this.format = properties.format();
		this.metrics = metrics;
	}

	List<RecordingRow> store(GenesysClient genesys, CallMetadata call, RecordingPlan plan) {
		List<RecordingRow> rows = new ArrayList<>();
		for (Download download : plan.downloads()) {
			Recording recording = download.recording();
			String key = ObjectKeys.of(call.tenantId(), call.startedAt(), call.conversationId(), id(recording),
					this.format);
			long started = System.nanoTime();
			StoredObject stored = this.uploader.upload(genesys, download.mediaUri(), key, this.format);
			long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
			log.info("Stored recording {} as {}: {} bytes in {} ms ({} MB/s)", recording.getId(), key, stored.bytes(),
					millis, String.format(java.util.Locale.ROOT, "%.1f", stored.bytes() / 1e3 / millis));
			this.metrics.recordingStored(call.tenantId(), stored.bytes());
			rows.add(row(recording, stored));
		}
		for (Recording recording : plan.unavailable()) {
			rows.add(new RecordingRow(id(recording), null, null, null, null, null, null,
					String.valueOf(recording.getFileState()), time(recording.getStartTime()),
					time(recording.getEndTime()), duration(recording)));
		}
		return rows;
	}

	private RecordingRow row(Recording recording, StoredObject stored) {
		return new RecordingRow(id(recording), stored.objectKey(), stored.bytes(), stored.sha256(), this.format.name(),
				(stored.channels() > 0) ? stored.channels() : null, null, String.valueOf(recording.getFileState()),
				time(recording.getStartTime()), time(recording.getEndTime()), duration(recording));
	}

	private static String id(Recording recording) {
		if (recording.getId() == null || recording.getId().isBlank()) {
			throw new ImportFailureException(ReasonCode.BAD_DATA, "Genesys listed a recording without an id");
		}
		return recording.getId();
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
