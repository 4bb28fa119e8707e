package io.callimport.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import io.callimport.model.message.CallReadyForAnalysis;
import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.model.messaging.MessagingTopology;

/**
 * What a test does on the broker: publish ended conversations as the producer does, and
 * take what the consumer published off the analysis and dead-letter queues.
 */
public final class Broker {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RabbitTemplate rabbit;

	public Broker(RabbitTemplate rabbit) {
		this.rabbit = rabbit;
	}

	public ConversationEnded publishEnded(String tenantId, String conversationId, @Nullable String agentUserId) {
		return publish(
				ConversationEnded.of(tenantId, conversationId, agentUserId, null, Instant.now(), CallSource.WEBSOCKET));
	}

	public ConversationEnded publish(ConversationEnded message) {
		publishRaw(JSON.writeValueAsBytes(message), message.messageId().toString());
		return message;
	}

	public void publishRaw(byte[] body, String messageId) {
		MessageProperties properties = new MessageProperties();
		properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		properties.setMessageId(messageId);
		this.rabbit.send(MessagingTopology.CONVERSATIONS_EXCHANGE, MessagingTopology.CONVERSATION_ENDED_ROUTING_KEY,
				new Message(body, properties));
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
