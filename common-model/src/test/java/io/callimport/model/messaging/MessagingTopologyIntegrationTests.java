package io.callimport.model.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.rabbitmq.client.GetResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Exchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import io.callimport.testsupport.RabbitServer;
import io.callimport.testsupport.TestBroker;

import static io.callimport.model.messaging.MessagingTopology.CONVERSATIONS_EXCHANGE;
import static io.callimport.model.messaging.MessagingTopology.CONVERSATION_ENDED_DLQ;
import static io.callimport.model.messaging.MessagingTopology.CONVERSATION_ENDED_QUEUE;
import static io.callimport.model.messaging.MessagingTopology.CONVERSATION_ENDED_ROUTING_KEY;
import static io.callimport.model.messaging.MessagingTopology.RETRY_EXCHANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class MessagingTopologyIntegrationTests {

	static CachingConnectionFactory connectionFactory;

	static RabbitTemplate rabbit;

	static RabbitAdmin admin;

	@BeforeAll
	static void declare() {
		TestBroker broker = RabbitServer.shared().createVirtualHost();
		connectionFactory = new CachingConnectionFactory(broker.host(), broker.port());
		connectionFactory.setVirtualHost(broker.virtualHost());
		connectionFactory.setUsername(broker.username());
		connectionFactory.setPassword(broker.password());
		rabbit = new RabbitTemplate(connectionFactory);
		admin = new RabbitAdmin(connectionFactory);
		Declarables topology = new MessagingTopologyConfiguration().callImportTopology();
		// twice: a second service (or a reconnect) re-declares the same topology without
		// a conflict
		topology.getDeclarables().forEach(MessagingTopologyIntegrationTests::declare);
		topology.getDeclarables().forEach(MessagingTopologyIntegrationTests::declare);
		for (String tenant : new String[] { "acme", "acme.eu" }) {
			MessagingTopology.tenantDeclarables(tenant).forEach(MessagingTopologyIntegrationTests::declare);
			MessagingTopology.tenantDeclarables(tenant).forEach(MessagingTopologyIntegrationTests::declare);
		}
	}

	@AfterAll
	static void close() {
		connectionFactory.destroy();
	}

	@BeforeEach
	void purge() {
		admin.purgeQueue(CONVERSATION_ENDED_QUEUE, false);
		admin.purgeQueue(CONVERSATION_ENDED_DLQ, false);
		for (String tenant : new String[] { "acme", "acme.eu" }) {
			for (ImportLane lane : ImportLane.values()) {
				admin.purgeQueue(MessagingTopology.queueFor(tenant, lane), false);
			}
		}
	}

	@Test
	void endedConversationsAreQuorumQueued() {
		assertThat(admin.getQueueInfo(CONVERSATION_ENDED_QUEUE)).isNotNull();
		rabbit.send(CONVERSATIONS_EXCHANGE, CONVERSATION_ENDED_ROUTING_KEY, message("one"));

		await().atMost(Duration.ofSeconds(10)).until(() -> receive(CONVERSATION_ENDED_QUEUE) != null);
		// a queue of another type under the same name would be a conflicting declaration
		Map<String, Object> classic = new HashMap<>(endedQueueArguments());
		classic.put("x-queue-type", "classic");
		assertThatThrownBy(() -> rabbit
			.execute(channel -> channel.queueDeclare(CONVERSATION_ENDED_QUEUE, true, false, false, classic)))
			.hasStackTraceContaining("PRECONDITION_FAILED")
			.hasStackTraceContaining("x-queue-type");
	}

	@Test
	void aMessageSentToADelayTierComesBackAfterItsDelay() {
		MessagingTopology.DelayTier tier = MessagingTopology.delayTierFor(Duration.ofMillis(500));
		Instant sent = Instant.now();
		rabbit.send(RETRY_EXCHANGE, tier.routingKey(), message("later"));

		assertThat(receive(CONVERSATION_ENDED_QUEUE)).isNull();
		await().atMost(Duration.ofSeconds(20)).until(() -> receive(CONVERSATION_ENDED_QUEUE) != null);
		assertThat(Duration.between(sent, Instant.now())).isGreaterThanOrEqualTo(tier.delay());
	}

	@Test
	void aRejectedMessageGoesToTheDeadLetterQueue() {
		rabbit.send(CONVERSATIONS_EXCHANGE, CONVERSATION_ENDED_ROUTING_KEY, message("poison"));
		await().atMost(Duration.ofSeconds(10)).until(() -> rabbit.execute(channel -> {
			GetResponse response = channel.basicGet(CONVERSATION_ENDED_QUEUE, false);
			if (response == null) {
				return false;
			}
			channel.basicReject(response.getEnvelope().getDeliveryTag(), false);
			return true;
		}));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			String body = receive(CONVERSATION_ENDED_DLQ);
			assertThat(body).isEqualTo("poison");
		});
	}

	@Test
	void eachTenantAndLaneHasAQueueOfItsOwn() {
		rabbit.send(CONVERSATIONS_EXCHANGE, MessagingTopology.routingKeyFor("acme", ImportLane.LIVE),
				message("a-live"));
		rabbit.send(CONVERSATIONS_EXCHANGE, MessagingTopology.routingKeyFor("acme", ImportLane.BACKGROUND),
				message("a-background"));
		rabbit.send(CONVERSATIONS_EXCHANGE, MessagingTopology.routingKeyFor("acme.eu", ImportLane.LIVE),
				message("eu-live"));

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(receive(MessagingTopology.queueFor("acme", ImportLane.LIVE))).isEqualTo("a-live"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(receive(MessagingTopology.queueFor("acme", ImportLane.BACKGROUND)))
				.isEqualTo("a-background"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(receive(MessagingTopology.queueFor("acme.eu", ImportLane.LIVE)))
				.isEqualTo("eu-live"));
		assertThat(receive(MessagingTopology.queueFor("acme", ImportLane.LIVE))).isNull();
		assertThat(receive(CONVERSATION_ENDED_QUEUE)).isNull();
	}

	@Test
	void aDelayedMessageReturnsToTheQueueOfItsTenantAndLane() {
		MessagingTopology.DelayTier tier = MessagingTopology.delayTierFor(Duration.ofMillis(500));
		Message later = message("later");
		later.getMessageProperties().setHeader(MessagingTopology.DELAY_TIER_HEADER, tier.name());
		Instant sent = Instant.now();
		rabbit.send(MessagingTopology.DELAY_EXCHANGE, MessagingTopology.routingKeyFor("acme.eu", ImportLane.BACKGROUND),
				later);

		String queue = MessagingTopology.queueFor("acme.eu", ImportLane.BACKGROUND);
		assertThat(receive(queue)).isNull();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receive(queue)).isEqualTo("later"));
		assertThat(Duration.between(sent, Instant.now())).isGreaterThanOrEqualTo(tier.delay());
		assertThat(receive(CONVERSATION_ENDED_QUEUE)).isNull();
	}

	@Test
	void aDelayedMessageWaitsInTheQueueOfItsTierOnly() {
		MessagingTopology.DelayTier tier = MessagingTopology.delayTierFor(Duration.ofSeconds(20));
		Message later = message("later");
		later.getMessageProperties().setHeader(MessagingTopology.DELAY_TIER_HEADER, tier.name());
		rabbit.send(MessagingTopology.DELAY_EXCHANGE, MessagingTopology.routingKeyFor("acme", ImportLane.LIVE), later);

		// a headers exchange ignores headers that start with x-: such a tier header would
		// put the message into every tier, and it would come back once per tier
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(admin.getQueueInfo(tier.delayQueueName()).getMessageCount()).isEqualTo(1));
		for (MessagingTopology.DelayTier other : MessagingTopology.DELAY_TIERS) {
			if (!other.equals(tier)) {
				assertThat(admin.getQueueInfo(other.delayQueueName()).getMessageCount()).as(other.name()).isZero();
			}
		}
		admin.purgeQueue(tier.delayQueueName(), false);
	}

	@Test
	void aTenantQueueDeadLettersToTheSharedDeadLetterQueue() {
		String queue = MessagingTopology.queueFor("acme", ImportLane.LIVE);
		rabbit.send(CONVERSATIONS_EXCHANGE, MessagingTopology.routingKeyFor("acme", ImportLane.LIVE), message("bad"));
		await().atMost(Duration.ofSeconds(10)).until(() -> rabbit.execute(channel -> {
			GetResponse response = channel.basicGet(queue, false);
			if (response == null) {
				return false;
			}
			channel.basicReject(response.getEnvelope().getDeliveryTag(), false);
			return true;
		}));

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(receive(CONVERSATION_ENDED_DLQ)).isEqualTo("bad"));
	}

	@Test
	void aTenantIdThatCannotNameAQueueIsRefused() {
		assertThatThrownBy(() -> MessagingTopology.routingKeyFor("a#b", ImportLane.LIVE))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> MessagingTopology.queueFor("", ImportLane.LIVE))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(MessagingTopology.queueFor("acme", ImportLane.BACKGROUND))
			.isEqualTo("callimport.conversations.background.acme");
	}

	@Test
	void reconciliationAndBackfillTakeTheBackgroundLane() {
		assertThat(ImportLane.of(io.callimport.model.message.CallSource.WEBSOCKET)).isEqualTo(ImportLane.LIVE);
		assertThat(ImportLane.of(io.callimport.model.message.CallSource.MANUAL)).isEqualTo(ImportLane.LIVE);
		assertThat(ImportLane.of(io.callimport.model.message.CallSource.RECONCILIATION))
			.isEqualTo(ImportLane.BACKGROUND);
		assertThat(ImportLane.of(io.callimport.model.message.CallSource.BACKFILL)).isEqualTo(ImportLane.BACKGROUND);
	}

	@Test
	void delayTierIsTheShortestThatIsLongEnough() {
		assertThat(MessagingTopology.delayTierFor(Duration.ZERO).name()).isEqualTo("1s");
		assertThat(MessagingTopology.delayTierFor(Duration.ofSeconds(6)).name()).isEqualTo("30s");
		assertThat(MessagingTopology.delayTierFor(Duration.ofHours(3)).name()).isEqualTo("10m");
	}

	private static Map<String, Object> endedQueueArguments() {
		return new MessagingTopologyConfiguration().callImportTopology()
			.getDeclarablesByType(Queue.class)
			.stream()
			.filter((queue) -> queue.getName().equals(CONVERSATION_ENDED_QUEUE))
			.findFirst()
			.orElseThrow()
			.getArguments();
	}

	private static void declare(Declarable declarable) {
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

	private static Message message(String body) {
		return new Message(body.getBytes(StandardCharsets.UTF_8), new MessageProperties());
	}

	private static String receive(String queue) {
		Message message = rabbit.receive(queue);
		return (message != null) ? new String(message.getBody(), StandardCharsets.UTF_8) : null;
	}

}
