package io.callimport.consumer.config;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.amqp.support.converter.MessageConverter;

/**
 * Leaves the body of a delivery as it is: the listener reads it itself, so that a
 * malformed message reaches the consumer's own dead-lettering (with its reason) instead
 * of failing in the container.
 */
final class RawBodyMessageConverter implements MessageConverter {

	@Override
	public Message toMessage(Object object, MessageProperties messageProperties) {
		throw new MessageConversionException("The ended-conversations listener does not send messages");
	}

	@Override
	public Object fromMessage(Message message) {
		return message.getBody();
	}

}
