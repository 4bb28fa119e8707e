package io.callimport.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.model.messaging.ImportLane;
import io.callimport.model.messaging.MessagingTopology;

/**
 * Publishes {@code ConversationEnded} to a tenant's live queue exactly as the producer
 * does once it detected the end of a call (same exchange, routing key, body and message
 * id): the consumer-side scenarios measure the consumer, not the websocket detection.
 */
public final class EndedPublisher {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RabbitTemplate rabbit;

	private final RabbitAdmin admin;

	private final Set<String> declared = ConcurrentHashMap.newKeySet();

	public EndedPublisher(RabbitTemplate rabbit) {
		this.rabbit = rabbit;
		this.admin = new RabbitAdmin(rabbit.getConnectionFactory());
	}

	public void publishEnded(BenchTenant tenant, String conversationId, String agentUserId) {
		ConversationEnded message = ConversationEnded.of(tenant.id(), conversationId, agentUserId, null, Instant.now(),
				CallSource.WEBSOCKET);
		declare(tenant.id());
		MessageProperties properties = new MessageProperties();
		properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		properties.setMessageId(message.messageId().toString());
		this.rabbit.send(MessagingTopology.CONVERSATIONS_EXCHANGE,
				MessagingTopology.routingKeyFor(tenant.id(), ImportLane.LIVE),
				new Message(JSON.writeValueAsBytes(message), properties));
	}

	/**
	 * Waits until a consumer takes the tenant's live queue (it discovers tenants by
	 * polling).
	 */
	public void awaitConsumed(BenchTenant tenant, Duration timeout) {
		declare(tenant.id());
		String queue = MessagingTopology.queueFor(tenant.id(), ImportLane.LIVE);
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			QueueInformation info = this.admin.getQueueInfo(queue);
			if (info != null && info.getConsumerCount() > 0) {
				return;
			}
			LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
		}
		throw new IllegalStateException("No consumer took " + queue + " within " + timeout);
	}

	/** The tenant's queues, as its producer declares them at start. */
	private void declare(String tenantId) {
		if (this.declared.contains(tenantId)) {
			return;
		}
		for (Declarable declarable : MessagingTopology.tenantDeclarables(tenantId)) {
			if (declarable instanceof Queue queue) {
				this.admin.declareQueue(queue);
			}
			else if (declarable instanceof Binding binding) {
				this.admin.declareBinding(binding);
			}
		}
		this.declared.add(tenantId);
	}

}
