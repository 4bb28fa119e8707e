package io.callimport.producer.reconciliation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Exchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import io.callimport.model.messaging.ImportLane;
import io.callimport.model.messaging.MessagingTopology;
import io.callimport.model.messaging.MessagingTopologyConfiguration;
import io.callimport.producer.tenant.TenantProperties;
import io.callimport.testsupport.RabbitServer;
import io.callimport.testsupport.TestBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A reconciliation publishes only while its tenant's background queue (on a real broker)
 * plus its unconfirmed outbox hold fewer than {@code max-queued} messages.
 */
class PublishPacingIntegrationTests {

	private static final String TENANT = "paced";

	private final ImportStates states = mock(ImportStates.class);

	private CachingConnectionFactory connections;

	private RabbitTemplate rabbit;

	private PublishPacing pacing;

	@BeforeEach
	void declare() {
		TestBroker broker = RabbitServer.shared().createVirtualHost();
		this.connections = new CachingConnectionFactory(broker.host(), broker.port());
		this.connections.setVirtualHost(broker.virtualHost());
		this.connections.setUsername(broker.username());
		this.connections.setPassword(broker.password());
		this.rabbit = new RabbitTemplate(this.connections);
		RabbitAdmin admin = new RabbitAdmin(this.connections);
		new MessagingTopologyConfiguration().callImportTopology().getDeclarables().forEach((d) -> declare(admin, d));
		MessagingTopology.tenantDeclarables(TENANT).forEach((d) -> declare(admin, d));
		ReconciliationProperties properties = ReconciliationSettings.with(Map.of("jobs.enabled", "false",
				"pacing.max-queued", "5", "pacing.check-every", "1", "pacing.check-interval", "50ms"));
		this.pacing = new PublishPacing(admin, this.states, properties,
				new TenantProperties(TENANT, Duration.ofSeconds(5)));
	}

	@AfterEach
	void close() {
		this.connections.destroy();
	}

	@Test
	void waitsWhileTheBackgroundQueueAndTheOutboxHoldTooMuchAndGoesOnOnceThereIsRoom() {
		for (int i = 0; i < 3; i++) {
			publish(ImportLane.BACKGROUND);
		}
		when(this.states.unpublished(TENANT)).thenReturn(2L);
		// live messages are in a queue of their own and never hold a reconciliation back
		for (int i = 0; i < 10; i++) {
			publish(ImportLane.LIVE);
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.rabbit.execute(
					(channel) -> channel.queueDeclarePassive(MessagingTopology.queueFor(TENANT, ImportLane.BACKGROUND))
						.getMessageCount()) == 3);

		CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> this.pacing.awaitRoom(() -> true));

		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> !waiting.isDone());
		this.rabbit.receive(MessagingTopology.queueFor(TENANT, ImportLane.BACKGROUND));
		await().atMost(Duration.ofSeconds(5)).until(waiting::isDone);
		assertThat(waiting).isCompleted();
	}

	@Test
	void aRunStoppedWhileWaitingEndsWithoutPublishing() {
		when(this.states.unpublished(TENANT)).thenReturn(10L);

		CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> this.pacing.awaitRoom(() -> false));

		await().atMost(Duration.ofSeconds(5)).until(waiting::isDone);
		assertThat(waiting).isCompletedExceptionally();
	}

	private void publish(ImportLane lane) {
		this.rabbit.send(MessagingTopology.CONVERSATIONS_EXCHANGE, MessagingTopology.routingKeyFor(TENANT, lane),
				new Message("{}".getBytes(StandardCharsets.UTF_8), new MessageProperties()));
	}

	private static void declare(RabbitAdmin admin, Declarable declarable) {
		if (declarable instanceof Exchange exchange) {
			admin.declareExchange(exchange);
		}
		else if (declarable instanceof Queue queue) {
			admin.declareQueue(queue);
		}
		else if (declarable instanceof Binding binding) {
			admin.declareBinding(binding);
		}
	}

}
