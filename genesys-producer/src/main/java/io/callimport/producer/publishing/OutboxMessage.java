package io.callimport.producer.publishing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An unpublished row of {@code outbox_messages}, claimed by the relay.
 *
 * @param id the message id (also the AMQP message id)
 * @param conversationId the conversation, for logs
 * @param exchange where to publish
 * @param routingKey with which key
 * @param messageType the payload's type, e.g. {@code ConversationEnded}
 * @param payload the JSON body
 * @param source how the conversation was found, for the metrics
 * @param attempts publish attempts so far
 */
record OutboxMessage(UUID id, @Nullable String conversationId, String exchange, String routingKey, String messageType,
		String payload, String source, int attempts) {
}
