package io.callimport.consumer.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.callimport.consumer.importing.RecordingPlan.Download;
import io.callimport.consumer.metrics.ImportMetrics;
import io.callimport.consumer.recording.ObjectKeys;
import io.callimport.consumer.recording.RecordingUploader;
import io.callimport.consumer.recording.StagingArea;
import io.callimport.consumer.recording.StoredObject;
import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.recordings.Recording;

/**
 * Carries out a {@link RecordingPlan}: each available recording streamed into the bucket,
 * each archived or deleted one noted without an object. (Genesys' recordings list, as SDK
 * 198.1.0 reads it, has no media subtype, so that column stays empty.)
 */
@Component
class RecordingStorage {

	private static final Logger log = LoggerFactory.getLogger(RecordingStorage.class);

	private final RecordingUploader uploader;

	private final ImportMetrics metrics;

	private final StagingArea staging;

	RecordingStorage(RecordingUploader uploader, StagingArea staging, ImportMetrics metrics) {
		this.uploader = uploader;
		this.staging = staging;
		this.metrics = metrics;
	}

	/**
	 * Streams one recording into the bucket's staging area; its row and the staged object
	 * that {@link ImportCommit} promotes to its final key.
	 */
	StagedRecording store(GenesysClient genesys, CallMetadata call, Download download) {
		long started = System.nanoTime();
		StoredObject stored = this.uploader.upload(genesys, download.mediaUri(), listedSize(download),
				(format) -> ObjectKeys.of(call.tenantId(), call.startedAt(), call.conversationId(),
						download.recordingId(), format));
		long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
		log.info("Staged recording {} for {}: {} bytes in {} ms ({} MB/s){}", download.recordingId(),
				stored.objectKey(), stored.bytes(), millis,
				String.format(Locale.ROOT, "%.1f", stored.bytes() / 1e3 / millis),
				(stored.sourceFormat() != null) ? ", converted from " + stored.sourceFormat() : "");
		this.metrics.recordingStored(call.tenantId(), stored.bytes());
		return staged(download, stored, StagedRecording.Origin.UPLOADED);
	}

	/**
	 * The recording as an earlier attempt of the call stored it, when its bytes are still
	 * in the store; empty when it must be downloaded.
	 */
	Optional<StagedRecording> reuse(CallMetadata call, Download download, StoredObject earlier) {
		return this.staging.find(earlier).map((kept) -> {
			log.info("Recording {} was stored by an earlier attempt ({} bytes, {}): not downloaded again",
					download.recordingId(), earlier.bytes(),
					(kept == StagingArea.Kept.STAGED) ? "staged" : "under " + earlier.objectKey());
			this.metrics.recordingReused(call.tenantId());
			return staged(download, earlier, (kept == StagingArea.Kept.STAGED) ? StagedRecording.Origin.KEPT_STAGED
					: StagedRecording.Origin.KEPT_PROMOTED);
		});
	}

	private static StagedRecording staged(Download download, StoredObject stored, StagedRecording.Origin origin) {
		Recording listed = download.listed();
		return new StagedRecording(new RecordingRow(download.recordingId(), stored.objectKey(), stored.bytes(),
				stored.sha256(), stored.format().name(), (stored.channels() > 0) ? stored.channels() : null, null,
				(listed != null) ? String.valueOf(listed.fileState()) : "AVAILABLE",
				(listed != null) ? listed.startTime() : null, (listed != null) ? listed.endTime() : null,
				(listed != null && listed.outputDurationMs() != null) ? listed.outputDurationMs() : stored.durationMs(),
				(stored.sourceFormat() != null) ? stored.sourceFormat().name() : null), stored, origin);
	}

	/** The rows of the plan's archived and deleted recordings. */
	List<RecordingRow> unavailable(RecordingPlan plan) {
		return plan.unavailable()
			.stream()
			.map((recording) -> new RecordingRow(RecordingPlan.recordingId(recording), null, null, null, null, null,
					null, String.valueOf(recording.fileState()), recording.startTime(), recording.endTime(),
					recording.outputDurationMs(), null))
			.toList();
	}

	/** The size the recordings list declared, or -1 (a batch job declares none). */
	private static long listedSize(Download download) {
		Recording listed = download.listed();
		Long size = (listed != null) ? listed.outputSizeInBytes() : null;
		return (size != null && size >= 0) ? size : -1;
	}

}
