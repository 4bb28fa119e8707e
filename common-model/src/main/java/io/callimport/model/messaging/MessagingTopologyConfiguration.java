package io.callimport.model.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.HeadersExchange;
import org.springframework.amqp.core.Queue;
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
import static io.callimport.model.messaging.MessagingTopology.DELAY_EXCHANGE;
import static io.callimport.model.messaging.MessagingTopology.DELAY_TIERS;
import static io.callimport.model.messaging.MessagingTopology.DELAY_TIER_HEADER;
import static io.callimport.model.messaging.MessagingTopology.RETRY_EXCHANGE;

/**
 * Declares the topology every service shares (see {@link MessagingTopology}); both
 * services import it, and Spring AMQP's admin declares it on every (re)connection. The
 * per-tenant queues are declared by whoever knows the tenant
 * ({@link MessagingTopology#tenantDeclarables(String)}).
 */
@Configuration(proxyBeanMethods = false)
public class MessagingTopologyConfiguration {

	@Bean
	public Declarables callImportTopology() {
		List<Declarable> declarables = new ArrayList<>();
		TopicExchange conversations = new TopicExchange(CONVERSATIONS_EXCHANGE, true, false);
		DirectExchange retry = new DirectExchange(RETRY_EXCHANGE, true, false);
		DirectExchange deadLetter = new DirectExchange(DEAD_LETTER_EXCHANGE, true, false);
		HeadersExchange delay = new HeadersExchange(DELAY_EXCHANGE, true, false);
		TopicExchange analysis = new TopicExchange(ANALYSIS_EXCHANGE, true, false);
		declarables.addAll(List.of(conversations, retry, deadLetter, delay, analysis));

		Queue ended = TenantQueues.endedQueue(CONVERSATION_ENDED_QUEUE);
		Queue endedDlq = TenantQueues.quorum(CONVERSATION_ENDED_DLQ).build();
		declarables.addAll(List.of(ended, endedDlq, bind(ended, conversations, CONVERSATION_ENDED_ROUTING_KEY),
				BindingBuilder.bind(endedDlq).to(deadLetter).with(CONVERSATION_ENDED_ROUTING_KEY)));
		Queue parked = TenantQueues.quorum(MessagingTopology.CONVERSATION_ENDED_PARKED_QUEUE).build();
		declarables.addAll(
				List.of(parked, BindingBuilder.bind(parked).to(deadLetter).with(MessagingTopology.PARKED_ROUTING_KEY)));

		for (MessagingTopology.DelayTier tier : DELAY_TIERS) {
			int ttl = Math.toIntExact(tier.delay().toMillis());
			// no dead-letter routing key: the message goes back with its own
			Queue delayed = TenantQueues.quorum(tier.delayQueueName())
				.ttl(ttl)
				.deadLetterExchange(CONVERSATIONS_EXCHANGE)
				.build();
			declarables.add(delayed);
			declarables
				.add(BindingBuilder.bind(delayed).to(delay).whereAll(Map.of(DELAY_TIER_HEADER, tier.name())).match());
			Queue legacy = TenantQueues.quorum(tier.queueName())
				.ttl(ttl)
				.deadLetterExchange(CONVERSATIONS_EXCHANGE)
				.deadLetterRoutingKey(CONVERSATION_ENDED_ROUTING_KEY)
				.build();
			declarables.add(legacy);
			declarables.add(BindingBuilder.bind(legacy).to(retry).with(tier.routingKey()));
		}

		Queue ready = TenantQueues.quorum(CALL_READY_QUEUE)
			.deadLetterExchange(DEAD_LETTER_EXCHANGE)
			.deadLetterRoutingKey(CALL_READY_ROUTING_KEY)
			.build();
		Queue readyDlq = TenantQueues.quorum(CALL_READY_DLQ).build();
		declarables.addAll(List.of(ready, readyDlq, bind(ready, analysis, CALL_READY_ROUTING_KEY),
				BindingBuilder.bind(readyDlq).to(deadLetter).with(CALL_READY_ROUTING_KEY)));
		return new Declarables(declarables);
	}

	private static Binding bind(Queue queue, TopicExchange exchange, String routingKey) {
		return BindingBuilder.bind(queue).to(exchange).with(routingKey);
	}

}
