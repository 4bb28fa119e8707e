package io.callimport.producer.publishing;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

import io.callimport.model.messaging.ConfirmedPublisher;

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

	/**
	 * The message as published: persistent JSON, its id as message and correlation id.
	 */
	ConfirmedPublisher.Outgoing outgoing() {
		MessageProperties properties = new MessageProperties();
		properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		properties.setContentEncoding(StandardCharsets.UTF_8.name());
		properties.setMessageId(this.id.toString());
		properties.setType(this.messageType);
		properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
		return new ConfirmedPublisher.Outgoing(this.exchange, this.routingKey,
				new Message(this.payload.getBytes(StandardCharsets.UTF_8), properties), this.id.toString());
	}

}
