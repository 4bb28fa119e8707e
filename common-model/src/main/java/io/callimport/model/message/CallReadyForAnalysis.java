package io.callimport.model.message;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A call is stored (metadata in PostgreSQL, audio in the object store) and ready for
 * speech analytics. Published by the consumer on the analysis queue.
 *
 * @param schemaVersion {@link MessageSchema#CALL_READY_FOR_ANALYSIS}
 * @param messageId derived from the call id, so a re-published message carries the same
 * id and the analysis side can de-duplicate
 * @param tenantId the tenant
 * @param callId the call's id in the {@code calls} table
 * @param conversationId the Genesys conversation id
 * @param agentUserId the tenant's agent who handled the call
 * @param agentUserIds every group agent who took part
 * @param direction inbound or outbound, as Genesys reports it
 * @param startedAt start of the conversation
 * @param endedAt end of the conversation
 * @param recordings the stored recordings (empty when the call has none)
 * @param queuedAt when the consumer published this message
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallReadyForAnalysis(int schemaVersion, UUID messageId, String tenantId, UUID callId,
		String conversationId, @Nullable String agentUserId, List<String> agentUserIds, @Nullable String direction,
		@Nullable Instant startedAt, @Nullable Instant endedAt, List<StoredRecording> recordings, Instant queuedAt) {

	public CallReadyForAnalysis {
		if (schemaVersion < 1) {
			throw new IllegalArgumentException("schemaVersion must be at least 1");
		}
		Objects.requireNonNull(messageId, "messageId is required");
		ConversationEnded.requireText(tenantId, "tenantId");
		Objects.requireNonNull(callId, "callId is required");
		ConversationEnded.requireText(conversationId, "conversationId");
		agentUserIds = (agentUserIds != null) ? List.copyOf(agentUserIds) : List.of();
		recordings = (recordings != null) ? List.copyOf(recordings) : List.of();
		Objects.requireNonNull(queuedAt, "queuedAt is required");
	}

	/**
	 * One recording as stored in the object store.
	 *
	 * @param recordingId the Genesys recording id
	 * @param bucket the object store bucket
	 * @param objectKey
	 * {@code {tenantId}/{yyyy}/{MM}/{dd}/{conversationId}/{recordingId}.{ext}}
	 * @param bytes the stored object's length
	 * @param sha256 lowercase hex SHA-256 of the stored object
	 * @param format the audio format, e.g. {@code WAV}
	 * @param channels 1 (mono) or 2 (one party per channel)
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record StoredRecording(String recordingId, String bucket, String objectKey, long bytes, String sha256,
			String format, int channels) {

		public StoredRecording {
			ConversationEnded.requireText(recordingId, "recordingId");
			ConversationEnded.requireText(objectKey, "objectKey");
			ConversationEnded.requireText(sha256, "sha256");
		}

	}

}
