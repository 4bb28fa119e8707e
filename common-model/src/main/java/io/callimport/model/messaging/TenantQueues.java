package io.callimport.model.messaging;

import java.util.ArrayList;
import java.util.List;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.QueueBuilder.Overflow;
import org.springframework.amqp.core.TopicExchange;

/**
 * The queues of one tenant, one per {@link ImportLane}, with the arguments of every
 * ended-conversations queue: quorum, at-least-once dead-lettering at the delivery limit.
 */
final class TenantQueues {

	/**
	 * Quorum queues dead-letter at-least-once only with reject-publish overflow;
	 * at-most-once dead-lettering could drop a message between a queue and its
	 * dead-letter queue.
	 */
	private static final String AT_LEAST_ONCE = "at-least-once";

	private TenantQueues() {
	}

	static List<Declarable> declarables(String tenantId) {
		TopicExchange conversations = new TopicExchange(MessagingTopology.CONVERSATIONS_EXCHANGE, true, false);
		List<Declarable> declarables = new ArrayList<>();
		for (ImportLane lane : ImportLane.values()) {
			Queue queue = endedQueue(MessagingTopology.queueFor(tenantId, lane));
			declarables.add(queue);
			declarables.add(
					BindingBuilder.bind(queue).to(conversations).with(MessagingTopology.routingKeyFor(tenantId, lane)));
		}
		return declarables;
	}

	/** An ended-conversations queue; a message it gives up on goes to the DLQ. */
	static Queue endedQueue(String name) {
		return quorum(name).deadLetterExchange(MessagingTopology.DEAD_LETTER_EXCHANGE)
			.deadLetterRoutingKey(MessagingTopology.CONVERSATION_ENDED_ROUTING_KEY)
			.deliveryLimit(MessagingTopology.DELIVERY_LIMIT)
			.build();
	}

	static QueueBuilder quorum(String name) {
		return QueueBuilder.durable(name)
			.quorum()
			.overflow(Overflow.rejectPublish)
			.withArgument("x-dead-letter-strategy", AT_LEAST_ONCE);
	}

}
