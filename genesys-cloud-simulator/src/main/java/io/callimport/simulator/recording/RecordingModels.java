package io.callimport.simulator.recording;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;

import com.mypurecloud.sdk.v2.model.MediaResult;
import com.mypurecloud.sdk.v2.model.Recording;
import com.mypurecloud.sdk.v2.model.RecordingMetadata;
import io.callimport.simulator.conversation.PlannedRecording;
import io.callimport.simulator.web.GenesysMapper;
import org.jspecify.annotations.Nullable;

/**
 * Recordings as the SDK models them ({@code startTime}/{@code endTime} are strings
 * there).
 */
final class RecordingModels {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private RecordingModels() {
	}

	/**
	 * A recording; {@code mediaUri} null: without media (not ready, NONE, archived,
	 * deleted).
	 * @param outputBytes size of the file in the requested format
	 */
	static Recording recording(PlannedRecording planned, long outputBytes, @Nullable String mediaUri, Instant readyAt) {
		Recording recording = GenesysMapper
			.withReadOnly(new Recording(),
					Map.of("id", planned.id(), "selfUri",
							"/api/v2/conversations/" + planned.conversationId() + "/recordings/" + planned.id()))
			.conversationId(planned.conversationId())
			.sessionId(planned.sessionId())
			.media("audio")
			.startTime(TIME.format(planned.start()))
			.endTime(TIME.format(planned.end()))
			.fileState(Recording.FileStateEnum.valueOf(planned.fileState()))
			.outputDurationMs((int) planned.durationMs())
			.outputSizeInBytes((outputBytes <= Integer.MAX_VALUE) ? (int) outputBytes : null)
			.recordingFileRole(Recording.RecordingFileRoleEnum.CUSTOMER_EXPERIENCE)
			.creationTime(Date.from(planned.end()));
		if (mediaUri != null) {
			recording.mediaUris(Map.of("S", new MediaResult().mediaUri(mediaUri)))
				.actualTranscodeTimeMs(java.time.Duration.between(planned.end(), readyAt).toMillis());
		}
		if ("ARCHIVED".equals(planned.fileState())) {
			recording.archiveDate(Date.from(planned.end())).archiveMedium(Recording.ArchiveMediumEnum.CLOUDARCHIVE);
		}
		if ("DELETED".equals(planned.fileState())) {
			recording.deleteDate(Date.from(planned.end()));
		}
		return recording;
	}

	static RecordingMetadata metadata(PlannedRecording planned) {
		RecordingMetadata metadata = GenesysMapper
			.withReadOnly(new RecordingMetadata(),
					Map.of("id", planned.id(), "selfUri",
							"/api/v2/conversations/" + planned.conversationId() + "/recordings/" + planned.id()))
			.conversationId(planned.conversationId())
			.sessionId(planned.sessionId())
			.media("audio")
			.startTime(TIME.format(planned.start()))
			.endTime(TIME.format(planned.end()))
			.fileState(RecordingMetadata.FileStateEnum.valueOf(planned.fileState()));
		if ("ARCHIVED".equals(planned.fileState())) {
			metadata.archiveDate(Date.from(planned.end()));
		}
		if ("DELETED".equals(planned.fileState())) {
			metadata.deleteDate(Date.from(planned.end()));
		}
		return metadata;
	}

}
