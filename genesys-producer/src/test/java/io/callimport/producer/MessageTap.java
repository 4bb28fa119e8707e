package io.callimport.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;

import io.callimport.testsupport.TestBroker;

/**
 * A copy of every message routed by an exchange with a routing key, through a queue of
 * its own (the services keep consuming their queues): what was really published, as JSON.
 * Copies that return from the consumer's delay queues keep their message id, so
 * "published once" means one distinct {@code messageId}.
 */
public final class MessageTap implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CachingConnectionFactory connections;

	private final SimpleMessageListenerContainer container;

	private final List<JsonNode> received = new CopyOnWriteArrayList<>();

	private MessageTap(TestBroker broker, String exchange, String routingKey) {
		this.connections = new CachingConnectionFactory(broker.host(), broker.port());
		this.connections.setVirtualHost(broker.virtualHost());
		this.connections.setUsername(broker.username());
		this.connections.setPassword(broker.password());
		RabbitAdmin admin = new RabbitAdmin(this.connections);
		Queue queue = new Queue("test.tap." + java.util.UUID.randomUUID(), false, true, true);
		admin.declareQueue(queue);
		admin.declareBinding(new Binding(queue.getName(), Binding.DestinationType.QUEUE, exchange, routingKey, null));
		this.container = new SimpleMessageListenerContainer(this.connections);
		this.container.setQueueNames(queue.getName());
		this.container.setMessageListener((Message message) -> this.received.add(JSON.readTree(message.getBody())));
		this.container.start();
	}

	/** Taps {@code exchange} (declared by the services) for {@code routingKey}. */
	public static MessageTap on(TestBroker broker, String exchange, String routingKey) {
		return new MessageTap(broker, exchange, routingKey);
	}

	public List<JsonNode> messages() {
		return new ArrayList<>(this.received);
	}

	/** This tenant's messages. */
	public List<JsonNode> messagesOf(String tenantId) {
		return this.received.stream().filter((m) -> tenantId.equals(m.path("tenantId").asString())).toList();
	}

	/** How many of this tenant's messages each value of {@code field} has. */
	public Map<String, Long> countBy(String tenantId, String field) {
		return messagesOf(tenantId).stream()
			.collect(Collectors.groupingBy((m) -> m.path(field).asString(), Collectors.counting()));
	}

	/** The distinct message ids of this tenant's messages, per conversation. */
	public Map<String, Set<String>> messageIdsByConversation(String tenantId) {
		return messagesOf(tenantId).stream()
			.collect(Collectors.groupingBy((m) -> m.path("conversationId").asString(),
					Collectors.mapping((m) -> m.path("messageId").asString(), Collectors.toSet())));
	}

	/** This tenant's distinct messages (by id) per value of {@code key}. */
	public <K> Map<K, Long> distinctCountBy(String tenantId, Function<JsonNode, K> key) {
		Map<String, JsonNode> distinct = new java.util.LinkedHashMap<>();
		messagesOf(tenantId).forEach((m) -> distinct.putIfAbsent(m.path("messageId").asString(), m));
		return distinct.values().stream().collect(Collectors.groupingBy(key, Collectors.counting()));
	}

	@Override
	public void close() {
		this.container.stop();
		this.connections.destroy();
	}

}
