package io.callimport.consumer.messaging;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.ReturnedMessage;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.connection.CorrelationData.Confirm;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.stereotype.Component;

import io.callimport.consumer.config.ConsumerProperties;

/**
 * Publishes one message and waits until the broker has it: a positive confirm and no
 * return (the template publishes mandatory). Anything else is a
 * {@link PublishFailedException}, so a caller never acknowledges what the broker did not
 * take.
 */
@Component
public class ConfirmedPublisher {

	private final RabbitTemplate template;

	private final Duration timeout;

	ConfirmedPublisher(RabbitTemplate template, ConsumerProperties properties) {
		this.template = template;
		this.timeout = properties.publishTimeout();
	}

	/**
	 * @throws PublishFailedException when the broker nacks or returns the message, or
	 * does not confirm it in time
	 */
	public void publish(String exchange, String routingKey, Message message) {
		CorrelationData correlation = new CorrelationData(UUID.randomUUID().toString());
		this.template.send(exchange, routingKey, message, correlation);
		Confirm confirm = awaitConfirm(correlation, exchange);
		ReturnedMessage returned = correlation.getReturned();
		if (returned != null) {
			throw new PublishFailedException("The broker could not route the message to " + exchange + " / "
					+ routingKey + ": " + returned.getReplyText());
		}
		if (!confirm.ack()) {
			throw new PublishFailedException(
					"The broker refused the message for " + exchange + ": " + confirm.reason());
		}
	}

	private Confirm awaitConfirm(CorrelationData correlation, String exchange) {
		try {
			return correlation.getFuture().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PublishFailedException("Interrupted while waiting for the broker's confirm", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new PublishFailedException(
					"The broker did not confirm the message for " + exchange + " within " + this.timeout, ex);
		}
	}

}
