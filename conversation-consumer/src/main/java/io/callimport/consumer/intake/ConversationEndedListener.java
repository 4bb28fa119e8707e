package io.callimport.consumer.intake;

import java.util.concurrent.CompletableFuture;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

import io.callimport.consumer.config.MessagingConfiguration;
import io.callimport.model.messaging.MessagingTopology;

/**
 * The one listener of every ended-conversations queue: each tenant's live and background
 * queues ({@link TenantQueueSubscriptions} adds them as tenants appear) and the legacy
 * shared queue. It returns at once; the container acknowledges a delivery when its future
 * completes (the call imported, or safely on a delay or dead-letter queue) and hands it
 * back for redelivery when the future fails (dead-lettered by the queue's delivery limit
 * if that never ends).
 */
@Component
class ConversationEndedListener {

	/** Id of the listener container. */
	static final String ID = "conversation-ended";

	private final Intake intake;

	ConversationEndedListener(Intake intake) {
		this.intake = intake;
	}

	@RabbitListener(id = ID, queues = MessagingTopology.CONVERSATION_ENDED_QUEUE,
			containerFactory = MessagingConfiguration.CONVERSATION_ENDED_CONTAINER_FACTORY)
	CompletableFuture<Void> onMessage(Message message) {
		return this.intake.accept(message);
	}

}
