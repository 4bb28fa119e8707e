package io.callimport.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;

import io.callimport.model.message.ConversationEnded;
import io.callimport.model.messaging.ImportLane;
import io.callimport.model.messaging.MessagingTopology;
import io.callimport.model.messaging.MessagingTopologyConfiguration;
import io.callimport.testsupport.TestBroker;

/**
 * Consumes a tenant's queues (live and background, and the legacy shared queue) straight
 * from the broker (never through a test's proxy) and keeps every message, as the consumer
 * would receive them.
 */
public final class EndedQueue implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CachingConnectionFactory connections;

	private final SimpleMessageListenerContainer container;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	public EndedQueue(TestBroker broker, String tenantId) {
		this.connections = new CachingConnectionFactory(broker.host(), broker.port());
		this.connections.setVirtualHost(broker.virtualHost());
		this.connections.setUsername(broker.username());
		this.connections.setPassword(broker.password());
		RabbitAdmin admin = new RabbitAdmin(this.connections);
		List<Declarable> topology = new ArrayList<>(
				new MessagingTopologyConfiguration().callImportTopology().getDeclarables());
		topology.addAll(MessagingTopology.tenantDeclarables(tenantId));
		topology.forEach((declarable) -> {
			if (declarable instanceof org.springframework.amqp.core.Queue queue) {
				admin.declareQueue(queue);
			}
			else if (declarable instanceof org.springframework.amqp.core.Exchange exchange) {
				admin.declareExchange(exchange);
			}
			else if (declarable instanceof org.springframework.amqp.core.Binding binding) {
				admin.declareBinding(binding);
			}
		});
		this.container = new SimpleMessageListenerContainer(this.connections);
		this.container.setQueueNames(MessagingTopology.queueFor(tenantId, ImportLane.LIVE),
				MessagingTopology.queueFor(tenantId, ImportLane.BACKGROUND),
				MessagingTopology.CONVERSATION_ENDED_QUEUE);
		this.container.setMessageListener((Message message) -> this.received.add(new Received(
				JSON.readValue(message.getBody(), ConversationEnded.class), message.getMessageProperties())));
		this.container.start();
	}

	public List<ConversationEnded> messages() {
		return this.received.stream().map(Received::message).toList();
	}

	/** Messages for these conversations. */
	public List<ConversationEnded> messagesFor(List<String> conversationIds) {
		return messages().stream().filter((m) -> conversationIds.contains(m.conversationId())).toList();
	}

	/** Every copy received per conversation id. */
	public Map<String, List<ConversationEnded>> byConversation() {
		return messages().stream().collect(Collectors.groupingBy(ConversationEnded::conversationId));
	}

	public List<Received> received() {
		return new ArrayList<>(this.received);
	}

	@Override
	public void close() {
		this.container.stop();
		this.connections.destroy();
	}

	/** A message and its AMQP properties. */
	public record Received(ConversationEnded message, org.springframework.amqp.core.MessageProperties properties) {
	}

}
