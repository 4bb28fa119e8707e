package io.callimport.consumer.failure;

import java.util.Map;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;

/**
 * Copies of a delivered message for the delay and dead-letter queues: same body and
 * message id, persistent, with extra headers.
 */
final class DeliveryCopies {

	/** Set by quorum queues on redelivery; meaningless on a new publish. */
	private static final String DELIVERY_COUNT_HEADER = "x-delivery-count";

	private static final int MAX_HEADER_CHARS = 1000;

	private DeliveryCopies() {
	}

	static Message copy(Message delivered, Map<String, Object> headers) {
		Message copy = MessageBuilder.fromClonedMessage(delivered).build();
		copy.getMessageProperties().setDeliveryMode(MessageDeliveryMode.PERSISTENT);
		Map<String, Object> target = copy.getMessageProperties().getHeaders();
		target.remove(DELIVERY_COUNT_HEADER);
		headers.forEach((name, value) -> target.put(name, (value instanceof String text) ? truncate(text) : value));
		return copy;
	}

	static String truncate(String text) {
		return (text.length() > MAX_HEADER_CHARS) ? text.substring(0, MAX_HEADER_CHARS - 1) + "…" : text;
	}

}
