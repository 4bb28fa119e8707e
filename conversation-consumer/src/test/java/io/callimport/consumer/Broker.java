package io.callimport.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.AmqpConnectException;
import org.springframework.amqp.AmqpIOException;
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
		retryingTransientFailures(() -> {
			this.rabbit.send(MessagingTopology.CONVERSATIONS_EXCHANGE, MessagingTopology.CONVERSATION_ENDED_ROUTING_KEY,
					new Message(body, properties));
			return null;
		});
	}

	/** Takes every message now in the queue. */
	public List<Message> drain(String queue) {
		List<Message> messages = new ArrayList<>();
		for (Message message = receive(queue); message != null; message = receive(queue)) {
			messages.add(message);
		}
		return messages;
	}

	private @Nullable Message receive(String queue) {
		return retryingTransientFailures(() -> this.rabbit.receive(queue));
	}

	/**
	 * The test's own connection goes straight to the broker, but on a loaded CI machine
	 * the broker has been seen to reset a new connection during its handshake; that is
	 * not what a test is about, so the test's own operation is tried again.
	 */
	private static <T> @Nullable T retryingTransientFailures(Supplier<@Nullable T> operation) {
		for (int attempt = 1;; attempt++) {
			try {
				return operation.get();
			}
			catch (AmqpIOException | AmqpConnectException ex) {
				if (attempt == 5) {
					throw ex;
				}
				System.out.println("Test broker operation failed (attempt " + attempt + "), trying again: " + ex);
				try {
					Thread.sleep(500L * attempt);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
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
