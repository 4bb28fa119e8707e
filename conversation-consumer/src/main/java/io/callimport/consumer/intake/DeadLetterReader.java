package io.callimport.consumer.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rabbitmq.client.GetResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.support.DefaultMessagePropertiesConverter;
import org.springframework.amqp.rabbit.support.MessagePropertiesConverter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ImportFailureRepository;
import io.callimport.consumer.failure.ImportFailureRepository.DeadLetterOutcome;
import io.callimport.consumer.failure.ReasonCode;
import io.callimport.model.messaging.ConfirmedPublisher;
import io.callimport.model.message.ConversationEnded;
import io.callimport.model.messaging.MessagingTopology;

/**
 * Makes every dead letter a listed, replayable failure, also one dead-lettered while
 * PostgreSQL was down (the consumer's attempts ran out) or by the broker itself (delivery
 * limit, rejection), which nobody recorded. While PostgreSQL answers, each message of the
 * dead-letter queue is recorded in {@code import_failures} (once per message id), then
 * moved to the parked queue with its headers and {@value #LISTED_HEADER}, and only then
 * acknowledged: a crash in between leaves it on the dead-letter queue, and the next read
 * finds it listed already. Messages without a known tenant are parked unlisted. One that
 * cannot be listed now goes back to the dead-letter queue (published anew, then
 * acknowledged) for the next read.
 */
@Component
class DeadLetterReader {

	/** Header of a parked message: what became of it ({@link DeadLetterOutcome}). */
	static final String LISTED_HEADER = "x-callimport-failure-list";

	private static final Logger log = LoggerFactory.getLogger(DeadLetterReader.class);

	private static final String DEATH_HEADER = "x-death";

	private final RabbitTemplate rabbit;

	private final ConfirmedPublisher publisher;

	private final ImportFailureRepository failures;

	private final ConversationEndedReader reader;

	private final DeadLetterProperties properties;

	private final MessagePropertiesConverter converter = new DefaultMessagePropertiesConverter();

	DeadLetterReader(RabbitTemplate rabbit, ConfirmedPublisher publisher, ImportFailureRepository failures,
			ConversationEndedReader reader, DeadLetterProperties properties) {
		this.rabbit = rabbit;
		this.publisher = publisher;
		this.failures = failures;
		this.reader = reader;
		this.properties = properties;
	}

	@Scheduled(initialDelayString = "${consumer.dead-letters.poll-interval:30s}",
			fixedDelayString = "${consumer.dead-letters.poll-interval:30s}")
	void read() {
		if (!this.properties.enabled()) {
			return;
		}
		// while PostgreSQL is down nothing is taken, so no message goes round in vain
		if (!this.failures.reachable()) {
			return;
		}
		try {
			for (int taken = 0; taken < this.properties.batchSize(); taken++) {
				if (!Boolean.TRUE.equals(this.rabbit.execute(this::parkOne))) {
					return;
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("The dead-letter queue could not be read: {}", ex.toString());
		}
	}

	/** Lists and parks the next dead letter; false when there is none or it failed. */
	private boolean parkOne(com.rabbitmq.client.Channel channel) throws java.io.IOException {
		GetResponse response = channel.basicGet(MessagingTopology.CONVERSATION_ENDED_DLQ, false);
		if (response == null) {
			return false;
		}
		long tag = response.getEnvelope().getDeliveryTag();
		MessageProperties properties = this.converter.toMessageProperties(response.getProps(), response.getEnvelope(),
				"UTF-8");
		Message message = new Message(response.getBody(), properties);
		try {
			DeadLetterOutcome outcome = list(message);
			this.publisher.publish(MessagingTopology.DEAD_LETTER_EXCHANGE, MessagingTopology.PARKED_ROUTING_KEY,
					parked(message, outcome));
			channel.basicAck(tag, false);
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("A dead letter was not listed yet; it stays on the dead-letter queue: {}", ex.toString());
			keep(channel, tag, message);
			return false;
		}
	}

	/**
	 * Puts the message back on the dead-letter queue as a new publish rather than a
	 * requeue, which would count towards a delivery limit (RabbitMQ 4 gives every quorum
	 * queue one, and the dead-letter queue has nowhere to send a message past it).
	 */
	private void keep(com.rabbitmq.client.Channel channel, long tag, Message message) throws java.io.IOException {
		try {
			this.publisher.publish(MessagingTopology.DEAD_LETTER_EXCHANGE,
					MessagingTopology.CONVERSATION_ENDED_ROUTING_KEY, copy(message));
			channel.basicAck(tag, false);
		}
		catch (RuntimeException ex) {
			channel.basicNack(tag, false, true);
		}
	}

	private @Nullable DeadLetterOutcome list(Message message) {
		ConversationEnded ended;
		try {
			ended = this.reader.read(message);
		}
		catch (ImportFailureException ex) {
			return null;
		}
		Map<String, Object> headers = message.getMessageProperties().getHeaders();
		ReasonCode code = reasonCode(headers.get(MessagingTopology.REASON_CODE_HEADER));
		String reason;
		if (code == null) {
			code = ReasonCode.BROKER_DEAD_LETTERED;
			reason = brokerReason(headers.get(DEATH_HEADER));
		}
		else {
			reason = String.valueOf(headers.getOrDefault(MessagingTopology.REASON_HEADER, code.name()))
				.replace(ImportFailureRepository.NOT_LISTED_YET, "");
		}
		if (code == ReasonCode.MALFORMED_MESSAGE || code == ReasonCode.UNKNOWN_TENANT) {
			return null;
		}
		DeadLetterOutcome outcome = this.failures.recordDeadLetter(ended, code, reason, message.getBody(),
				attempts(headers));
		if (outcome == DeadLetterOutcome.LISTED) {
			log.info("Dead letter of conversation {} listed as a failure ({})", ended.conversationId(), code);
		}
		return outcome;
	}

	private static Message parked(Message message, @Nullable DeadLetterOutcome outcome) {
		Message copy = copy(message);
		copy.getMessageProperties().getHeaders().put(LISTED_HEADER, (outcome != null) ? outcome.name() : "NOT_LISTED");
		return copy;
	}

	private static Message copy(Message message) {
		Message copy = MessageBuilder.fromClonedMessage(message).build();
		MessageProperties properties = copy.getMessageProperties();
		properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
		properties.getHeaders().remove("x-delivery-count");
		return copy;
	}

	private static @Nullable ReasonCode reasonCode(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		try {
			return ReasonCode.valueOf(value.toString());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The broker's own account of the dead letter, from its newest x-death entry. */
	private static String brokerReason(@Nullable Object deaths) {
		Map<String, Object> death = new HashMap<>();
		if (deaths instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first) {
			first.forEach((key, value) -> death.put(String.valueOf(key), value));
		}
		return "The broker dead-lettered the message (" + death.getOrDefault("reason", "unknown reason") + " in queue "
				+ death.getOrDefault("queue", "unknown") + ") before the consumer recorded an outcome";
	}

	private static int attempts(Map<String, Object> headers) {
		Object attempt = headers.get(MessagingTopology.ATTEMPT_HEADER);
		Object delivered = headers.get("x-delivery-count");
		Object value = (attempt != null) ? attempt : delivered;
		try {
			return (value != null) ? Math.max(0, Integer.parseInt(value.toString().trim())) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
