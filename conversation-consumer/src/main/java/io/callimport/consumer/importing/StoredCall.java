package io.callimport.consumer.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import io.callimport.model.message.CallReadyForAnalysis;
import io.callimport.model.message.CallReadyForAnalysis.StoredRecording;
import io.callimport.model.message.CallStatus;
import io.callimport.model.message.MessageSchema;

/**
 * A call whose metadata and recordings are stored, read back under its row lock to be
 * queued for analysis.
 */
record StoredCall(UUID callId, String tenantId, String conversationId, @Nullable String agentUserId,
		List<String> agentUserIds, @Nullable String direction, @Nullable Instant startedAt, @Nullable Instant endedAt,
		Instant importedAt, List<RecordingRow> recordings) {

	/**
	 * The id of this import's analysis message: the same for every publish of this import
	 * (so the analysis side can drop a repeat), a new one for a re-import.
	 */
	UUID analysisMessageId() {
		return UUID
			.nameUUIDFromBytes(("call-ready:" + this.callId + ":" + this.importedAt).getBytes(StandardCharsets.UTF_8));
	}

	CallReadyForAnalysis toMessage(String bucket, Instant now) {
		List<StoredRecording> stored = this.recordings.stream()
			.filter(RecordingRow::stored)
			.map((row) -> new StoredRecording(row.recordingId(), bucket, row.objectKey(), row.bytes(), row.sha256(),
					row.format(), (row.channels() != null) ? row.channels() : 0))
			.toList();
		return new CallReadyForAnalysis(MessageSchema.CALL_READY_FOR_ANALYSIS, analysisMessageId(), this.tenantId,
				this.callId, this.conversationId, this.agentUserId, this.agentUserIds, this.direction, this.startedAt,
				this.endedAt, stored, now);
	}

	CallStatus finalStatus() {
		if (this.recordings.stream().anyMatch(RecordingRow::stored)) {
			return CallStatus.QUEUED_FOR_ANALYSIS;
		}
		if (hasState("ARCHIVED")) {
			return CallStatus.RECORDING_ARCHIVED;
		}
		return hasState("DELETED") ? CallStatus.RECORDING_DELETED : CallStatus.NO_RECORDING;
	}

	@Nullable String statusReason() {
		List<String> archived = idsInState("ARCHIVED");
		List<String> deleted = idsInState("DELETED");
		StringBuilder reason = new StringBuilder();
		if (!archived.isEmpty()) {
			reason.append("Archived in Genesys: ")
				.append(String.join(", ", archived))
				.append(" (restore them in Genesys, then re-queue the conversation). ");
		}
		if (!deleted.isEmpty()) {
			reason.append("Deleted in Genesys before the import: ").append(String.join(", ", deleted)).append(". ");
		}
		if (this.recordings.isEmpty()) {
			reason.append("Genesys lists no recording of this conversation.");
		}
		return reason.isEmpty() ? null : reason.toString().trim();
	}

	private boolean hasState(String state) {
		return !idsInState(state).isEmpty();
	}

	private List<String> idsInState(String state) {
		return this.recordings.stream()
			.filter((row) -> !row.stored() && state.equals(row.fileState()))
			.map(RecordingRow::recordingId)
			.toList();
	}

}
