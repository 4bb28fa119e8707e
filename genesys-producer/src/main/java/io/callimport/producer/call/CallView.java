package io.callimport.producer.call;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.CallStatus;

/**
 * A call as the admin API shows it. The field names are part of the API contract.
 */
public record CallView(String conversationId, CallStatus status, @Nullable String statusReason, CallSource source,
		@Nullable String agentUserId, List<String> agentUserIds, @Nullable String direction, @Nullable String ani,
		@Nullable String dnis, @Nullable Instant startedAt, @Nullable Instant endedAt, @Nullable Long durationMs,
		List<String> queueIds, List<String> wrapUpCodes, @Nullable String disconnectType, List<String> divisionIds,
		@Nullable Instant detectedAt, @Nullable Instant importedAt, @Nullable Instant queuedAt,
		List<RecordingView> recordings) {

	/**
	 * One stored recording of a call.
	 *
	 * @param sha256 lowercase hex SHA-256 of the stored object
	 */
	public record RecordingView(String recordingId, @Nullable String objectKey, @Nullable Long bytes,
			@Nullable String sha256, @Nullable String format, @Nullable Integer channels, String fileState) {
	}

}
