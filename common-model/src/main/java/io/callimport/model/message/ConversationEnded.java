package io.callimport.model.message;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A group agent's conversation has ended and should be imported. Published by the
 * producer, consumed by the consumer. {@code agentUserId} and {@code endedAt} are what
 * the detector knew; the consumer takes the facts from Genesys' analytics API.
 *
 * @param schemaVersion {@link MessageSchema#CONVERSATION_ENDED}
 * @param messageId unique per message; a redelivery keeps it
 * @param tenantId the tenant whose Genesys organisation owns the conversation
 * @param conversationId the Genesys conversation id
 * @param agentUserId the group agent whose participation ended, when known
 * @param endedAt when the conversation (or the agent's part of it) ended, when known
 * @param detectedAt when the producer noticed it
 * @param source how it was found
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConversationEnded(int schemaVersion, UUID messageId, String tenantId, String conversationId,
		@Nullable String agentUserId, @Nullable Instant endedAt, Instant detectedAt, CallSource source) {

	public ConversationEnded {
		if (schemaVersion < 1) {
			throw new IllegalArgumentException("schemaVersion must be at least 1");
		}
		Objects.requireNonNull(messageId, "messageId is required");
		requireText(tenantId, "tenantId");
		requireText(conversationId, "conversationId");
		Objects.requireNonNull(detectedAt, "detectedAt is required");
		Objects.requireNonNull(source, "source is required");
	}

	/** A new message with a fresh id, in the current schema version. */
	public static ConversationEnded of(String tenantId, String conversationId, @Nullable String agentUserId,
			@Nullable Instant endedAt, Instant detectedAt, CallSource source) {
		return new ConversationEnded(MessageSchema.CONVERSATION_ENDED, UUID.randomUUID(), tenantId, conversationId,
				agentUserId, endedAt, detectedAt, source);
	}

	static void requireText(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is required");
		}
	}

}
