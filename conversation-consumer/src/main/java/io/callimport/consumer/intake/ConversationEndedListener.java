package io.callimport.consumer.intake;

import java.io.IOException;

import com.rabbitmq.client.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

import io.callimport.consumer.config.MessagingConfiguration;
import io.callimport.model.messaging.MessagingTopology;

/**
 * The one listener of the ended-conversations queue, for every tenant. A delivery is
 * acknowledged only after {@link DeliveryProcessor} settled it; when the broker could not
 * take a retry or dead-letter copy, it is handed back instead (redelivered, and
 * dead-lettered by the queue's delivery limit if that never ends).
 */
@Component
class ConversationEndedListener {

	private static final Logger log = LoggerFactory.getLogger(ConversationEndedListener.class);

	private final DeliveryProcessor processor;

	ConversationEndedListener(DeliveryProcessor processor) {
		this.processor = processor;
	}

	@RabbitListener(id = "conversation-ended", queues = MessagingTopology.CONVERSATION_ENDED_QUEUE,
			containerFactory = MessagingConfiguration.CONVERSATION_ENDED_CONTAINER_FACTORY)
	void onMessage(Message message, Channel channel) {
		long deliveryTag = message.getMessageProperties().getDeliveryTag();
		try {
			this.processor.process(message);
		}
		catch (RuntimeException ex) {
			log.warn("Delivery not settled, handing it back to the broker: {}", ex.toString());
			handBack(channel, deliveryTag);
			return;
		}
		acknowledge(channel, deliveryTag);
	}

	/**
	 * When the channel died meanwhile, the broker redelivers the message: harmless, since
	 * the import is idempotent.
	 */
	private static void acknowledge(Channel channel, long deliveryTag) {
		try {
			channel.basicAck(deliveryTag, false);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not acknowledge the delivery; the broker will redeliver it: {}", ex.toString());
		}
	}

	private static void handBack(Channel channel, long deliveryTag) {
		try {
			channel.basicNack(deliveryTag, false, true);
		}
		catch (IOException | RuntimeException ex) {
			// the channel is gone: the broker redelivers the message anyway
			log.debug("Could not hand the delivery back: {}", ex.toString());
		}
	}

}
