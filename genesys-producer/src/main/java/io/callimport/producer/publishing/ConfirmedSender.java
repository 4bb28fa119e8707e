package io.callimport.producer.publishing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.ReturnedMessage;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.connection.CorrelationData.Confirm;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes a batch with correlated publisher confirms and mandatory routing, then waits
 * for every confirm. A message counts as sent only when the broker confirmed it and did
 * not return it; a nack, a return, a closed channel or no confirm in time is a failure.
 * Once a send fails for want of a connection, the rest of the batch is not tried.
 */
@Component
class ConfirmedSender {

	private final RabbitTemplate template;

	private final Duration confirmTimeout;

	ConfirmedSender(RabbitTemplate template, PublishingProperties properties) {
		this.template = template;
		this.confirmTimeout = properties.confirmTimeout();
	}

	/** One result per message, in order; {@code null} means confirmed. */
	List<@Nullable String> send(List<OutboxMessage> messages) {
		List<CorrelationData> sent = new ArrayList<>();
		String notSent = null;
		for (OutboxMessage message : messages) {
			if (notSent != null) {
				break;
			}
			CorrelationData correlation = new CorrelationData(message.id().toString());
			try {
				this.template.send(message.exchange(), message.routingKey(), amqpMessage(message), correlation);
				sent.add(correlation);
			}
			catch (AmqpException ex) {
				notSent = "not sent: " + describe(ex);
			}
		}
		long deadline = System.nanoTime() + this.confirmTimeout.toNanos();
		List<@Nullable String> results = new ArrayList<>();
		for (CorrelationData correlation : sent) {
			results.add(outcome(correlation, deadline));
		}
		while (results.size() < messages.size()) {
			results.add(notSent);
		}
		return results;
	}

	private @Nullable String outcome(CorrelationData correlation, long deadline) {
		Confirm confirm;
		try {
			long wait = Math.max(0, deadline - System.nanoTime());
			confirm = correlation.getFuture().get(wait, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted while waiting for the broker's confirm";
		}
		catch (ExecutionException | TimeoutException ex) {
			return "no confirm from the broker within " + this.confirmTimeout;
		}
		ReturnedMessage returned = correlation.getReturned();
		if (returned != null) {
			return "returned by the broker (unroutable): " + returned.getReplyText();
		}
		return confirm.ack() ? null : "nacked by the broker: " + confirm.reason();
	}

	private static Message amqpMessage(OutboxMessage message) {
		MessageProperties properties = new MessageProperties();
		properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		properties.setContentEncoding(StandardCharsets.UTF_8.name());
		properties.setMessageId(message.id().toString());
		properties.setType(message.messageType());
		properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
		return new Message(message.payload().getBytes(StandardCharsets.UTF_8), properties);
	}

	private static String describe(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return error.getClass().getSimpleName() + ((root.getMessage() != null)
				? " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")" : "");
	}

}
