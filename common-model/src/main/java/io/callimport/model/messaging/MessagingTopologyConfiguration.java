package io.callimport.model.messaging;

import java.util.ArrayList;
import java.util.List;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.QueueBuilder.Overflow;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.callimport.model.messaging.MessagingTopology.ANALYSIS_EXCHANGE;
import static io.callimport.model.messaging.MessagingTopology.CALL_READY_DLQ;
import static io.callimport.model.messaging.MessagingTopology.CALL_READY_QUEUE;
import static io.callimport.model.messaging.MessagingTopology.CALL_READY_ROUTING_KEY;
import static io.callimport.model.messaging.MessagingTopology.CONVERSATIONS_EXCHANGE;
import static io.callimport.model.messaging.MessagingTopology.CONVERSATION_ENDED_DLQ;
import static io.callimport.model.messaging.MessagingTopology.CONVERSATION_ENDED_QUEUE;
import static io.callimport.model.messaging.MessagingTopology.CONVERSATION_ENDED_ROUTING_KEY;
import static io.callimport.model.messaging.MessagingTopology.DEAD_LETTER_EXCHANGE;
import static io.callimport.model.messaging.MessagingTopology.DELAY_TIERS;
import static io.callimport.model.messaging.MessagingTopology.DELIVERY_LIMIT;
import static io.callimport.model.messaging.MessagingTopology.RETRY_EXCHANGE;

/**
 * Declares the whole topology (see {@link MessagingTopology}); both services import it,
 * and Spring AMQP's admin declares it on every (re)connection.
 */
@Configuration(proxyBeanMethods = false)
public class MessagingTopologyConfiguration {

	/**
	 * Quorum queues dead-letter at-least-once only with reject-publish overflow;
	 * at-most-once dead-lettering could drop a message between a queue and its
	 * dead-letter queue.
	 */
	private static final String AT_LEAST_ONCE = "at-least-once";

	@Bean
	Declarables callImportTopology() {
		List<Declarable> declarables = new ArrayList<>();
		TopicExchange conversations = new TopicExchange(CONVERSATIONS_EXCHANGE, true, false);
		DirectExchange retry = new DirectExchange(RETRY_EXCHANGE, true, false);
		DirectExchange deadLetter = new DirectExchange(DEAD_LETTER_EXCHANGE, true, false);
		TopicExchange analysis = new TopicExchange(ANALYSIS_EXCHANGE, true, false);
		declarables.addAll(List.of(conversations, retry, deadLetter, analysis));

		Queue ended = quorum(CONVERSATION_ENDED_QUEUE).deadLetterExchange(DEAD_LETTER_EXCHANGE)
			.deadLetterRoutingKey(CONVERSATION_ENDED_ROUTING_KEY)
			.deliveryLimit(DELIVERY_LIMIT)
			.build();
		Queue endedDlq = quorum(CONVERSATION_ENDED_DLQ).build();
		declarables.addAll(List.of(ended, endedDlq, bind(ended, conversations, CONVERSATION_ENDED_ROUTING_KEY),
				BindingBuilder.bind(endedDlq).to(deadLetter).with(CONVERSATION_ENDED_ROUTING_KEY)));

		for (MessagingTopology.DelayTier tier : DELAY_TIERS) {
			Queue delay = quorum(tier.queueName()).ttl(Math.toIntExact(tier.delay().toMillis()))
				.deadLetterExchange(CONVERSATIONS_EXCHANGE)
				.deadLetterRoutingKey(CONVERSATION_ENDED_ROUTING_KEY)
				.build();
			declarables.add(delay);
			declarables.add(BindingBuilder.bind(delay).to(retry).with(tier.routingKey()));
		}

		Queue ready = quorum(CALL_READY_QUEUE).deadLetterExchange(DEAD_LETTER_EXCHANGE)
			.deadLetterRoutingKey(CALL_READY_ROUTING_KEY)
			.build();
		Queue readyDlq = quorum(CALL_READY_DLQ).build();
		declarables.addAll(List.of(ready, readyDlq, bind(ready, analysis, CALL_READY_ROUTING_KEY),
				BindingBuilder.bind(readyDlq).to(deadLetter).with(CALL_READY_ROUTING_KEY)));
		return new Declarables(declarables);
	}

	private static QueueBuilder quorum(String name) {
		return QueueBuilder.durable(name)
			.quorum()
			.overflow(Overflow.rejectPublish)
			.withArgument("x-dead-letter-strategy", AT_LEAST_ONCE);
	}

	private static Binding bind(Queue queue, TopicExchange exchange, String routingKey) {
		return BindingBuilder.bind(queue).to(exchange).with(routingKey);
	}

}
