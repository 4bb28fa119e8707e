package io.callimport.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import io.callimport.model.message.CallReadyForAnalysis;
import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.model.messaging.ImportLane;
import io.callimport.model.messaging.MessagingTopology;

/**
 * What a test does on the broker: publish ended conversations as the producer does, and
 * take what the consumer published off the analysis and dead-letter queues.
 */
public final class Broker {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> DECLARED = ConcurrentHashMap.newKeySet();

	private final RabbitTemplate rabbit;

	public Broker(RabbitTemplate rabbit) {
		this.rabbit = rabbit;
	}

	public ConversationEnded publishEnded(String tenantId, String conversationId, @Nullable String agentUserId) {
		return publish(
				ConversationEnded.of(tenantId, conversationId, agentUserId, null, Instant.now(), CallSource.WEBSOCKET));
	}

	/**
	 * Publishes to the tenant's queue of the message's lane, as the producer does, after
	 * declaring the tenant's queues (as its producer would have).
	 */
	public ConversationEnded publish(ConversationEnded message) {
		declareTenant(message.tenantId());
		send(MessagingTopology.routingKeyFor(message.tenantId(), ImportLane.of(message.source())),
				JSON.writeValueAsBytes(message), message.messageId().toString());
		return message;
	}

	/**
	 * Waits until a consumer consumes the tenant's live queue (it discovers tenants from
	 * their settings every few hundred milliseconds in tests).
	 */
	public void awaitConsumed(String tenantId) {
		declareTenant(tenantId);
		RabbitAdmin admin = new RabbitAdmin(this.rabbit.getConnectionFactory());
		String queue = MessagingTopology.queueFor(tenantId, ImportLane.LIVE);
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> admin.getQueueInfo(queue) != null && admin.getQueueInfo(queue).getConsumerCount() > 0);
	}

	/**
	 * Publishes to the legacy shared queue, as producers before per-tenant queues did.
	 */
	public ConversationEnded publishLegacy(ConversationEnded message) {
		publishRaw(JSON.writeValueAsBytes(message), message.messageId().toString());
		return message;
	}

	/** Publishes any body to the legacy shared queue. */
	public void publishRaw(byte[] body, String messageId) {
		send(MessagingTopology.CONVERSATION_ENDED_ROUTING_KEY, body, messageId);
	}

	private void send(String routingKey, byte[] body, String messageId) {
		MessageProperties properties = new MessageProperties();
		properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		properties.setMessageId(messageId);
		this.rabbit.send(MessagingTopology.CONVERSATIONS_EXCHANGE, routingKey, new Message(body, properties));
	}

	private void declareTenant(String tenantId) {
		String key = this.rabbit.getConnectionFactory().getVirtualHost() + "/" + tenantId;
		if (DECLARED.contains(key)) {
			return;
		}
		RabbitAdmin admin = new RabbitAdmin(this.rabbit.getConnectionFactory());
		for (Declarable declarable : MessagingTopology.tenantDeclarables(tenantId)) {
			if (declarable instanceof Queue queue) {
				admin.declareQueue(queue);
			}
			else if (declarable instanceof Binding binding) {
				admin.declareBinding(binding);
			}
		}
		DECLARED.add(key);
	}

	/** Takes every message now in the queue. */
	public List<Message> drain(String queue) {
		List<Message> messages = new ArrayList<>();
		for (Message message = this.rabbit.receive(queue); message != null; message = this.rabbit.receive(queue)) {
			messages.add(message);
		}
		return messages;
	}

	public List<CallReadyForAnalysis> drainAnalysis() {
		return drain(MessagingTopology.CALL_READY_QUEUE).stream().map(Broker::analysis).toList();
	}

	public static CallReadyForAnalysis analysis(Message message) {
		return JSON.readValue(message.getBody(), CallReadyForAnalysis.class);
	}

	public static String text(Message message) {
		return new String(message.getBody(), StandardCharsets.UTF_8);
	}

}
