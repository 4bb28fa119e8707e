package io.callimport.consumer.intake;

import java.io.IOException;

import com.rabbitmq.client.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.amqp.rabbit.connection.ChannelProxy;
import org.springframework.stereotype.Component;

import io.callimport.consumer.config.MessagingConfiguration;
import io.callimport.model.messaging.MessagingTopology;

/**
 * The one listener of every ended-conversations queue: each tenant's live and background
 * queues ({@link TenantQueueSubscriptions} adds them as tenants appear) and the legacy
 * shared queue. It returns at once; a delivery is acknowledged when its import settles
 * (the call imported, or safely on a delay or dead-letter queue) and handed back for
 * redelivery when it cannot (dead-lettered by the queue's delivery limit if that never
 * ends). The acknowledgement goes to the very channel that delivered the message: when
 * that channel has closed meanwhile (broker restart), the broker has already requeued the
 * message, and a delivery tag sent on a newer channel would close that one too.
 */
@Component
class ConversationEndedListener {

	/** Id of the listener container. */
	static final String ID = "conversation-ended";

	private static final Logger log = LoggerFactory.getLogger(ConversationEndedListener.class);

	private final Intake intake;

	ConversationEndedListener(Intake intake) {
		this.intake = intake;
	}

	@RabbitListener(id = ID, queues = MessagingTopology.CONVERSATION_ENDED_QUEUE,
			containerFactory = MessagingConfiguration.CONVERSATION_ENDED_CONTAINER_FACTORY)
	void onMessage(Message message, Channel channel) {
		Channel delivering = (channel instanceof ChannelProxy proxy) ? proxy.getTargetChannel() : channel;
		long deliveryTag = message.getMessageProperties().getDeliveryTag();
		this.intake.accept(message).whenComplete((ignored, error) -> settle(delivering, deliveryTag, error));
	}

	private static void settle(Channel channel, long deliveryTag, Throwable error) {
		if (!channel.isOpen()) {
			log.debug("The channel of delivery {} closed before it settled; the broker redelivers it", deliveryTag);
			return;
		}
		try {
			if (error == null) {
				channel.basicAck(deliveryTag, false);
			}
			else {
				log.warn("Delivery not settled, handing it back to the broker: {}", error.toString());
				channel.basicNack(deliveryTag, false, true);
			}
		}
		catch (IOException | RuntimeException ex) {
			// the channel closed meanwhile: the broker redelivers the message, which is
			// harmless
			log.warn("Could not settle delivery {}; the broker will redeliver it: {}", deliveryTag, ex.toString());
		}
	}

}
