package io.callimport.model.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.ReturnedMessage;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.connection.CorrelationData.Confirm;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Publishes messages and waits until the broker has them: a message counts as published
 * only when the broker confirmed it and did not return it (the template publishes
 * mandatory, with correlated confirms). A nack, a return, a closed channel or no confirm
 * in time is a failure, so a caller never acknowledges or deletes what the broker did not
 * take. The producer's outbox relay and every publish of the consumer go through it.
 */
public class ConfirmedPublisher {

	private final RabbitTemplate template;

	private final Duration timeout;

	/**
	 * @param template a template whose connection factory has correlated publisher
	 * confirms and returns enabled, publishing mandatory
	 * @param timeout how long to wait for the confirms of one call
	 */
	public ConfirmedPublisher(RabbitTemplate template, Duration timeout) {
		this.template = template;
		this.timeout = timeout;
	}

	/**
	 * Publishes one message.
	 * @throws PublishFailedException when the broker nacks or returns the message, or
	 * does not confirm it in time
	 */
	public void publish(String exchange, String routingKey, Message message) {
		String failure = publishAll(List.of(new Outgoing(exchange, routingKey, message, UUID.randomUUID().toString())))
			.get(0);
		if (failure != null) {
			throw new PublishFailedException(
					"The broker did not take the message for " + exchange + " / " + routingKey + ": " + failure);
		}
	}

	/**
	 * Publishes a batch, then waits for every confirm (one deadline for all). Once a send
	 * fails for want of a connection, the rest of the batch is not tried.
	 * @return one result per message, in order: null when confirmed, else what went wrong
	 */
	public List<@Nullable String> publishAll(List<Outgoing> messages) {
		List<CorrelationData> sent = new ArrayList<>();
		String notSent = null;
		for (Outgoing message : messages) {
			CorrelationData correlation = new CorrelationData(message.correlationId());
			try {
				this.template.send(message.exchange(), message.routingKey(), message.message(), correlation);
				sent.add(correlation);
			}
			catch (AmqpException ex) {
				notSent = "not sent: " + describe(ex);
				break;
			}
		}
		long deadline = System.nanoTime() + this.timeout.toNanos();
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
			return "no confirm from the broker within " + this.timeout;
		}
		ReturnedMessage returned = correlation.getReturned();
		if (returned != null) {
			return "returned by the broker (unroutable): " + returned.getReplyText();
		}
		return confirm.ack() ? null : "nacked by the broker: " + confirm.reason();
	}

	private static String describe(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return error.getClass().getSimpleName() + ((root.getMessage() != null)
				? " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")" : "");
	}

	/**
	 * One message to publish.
	 *
	 * @param exchange the exchange
	 * @param routingKey its routing key
	 * @param message the message
	 * @param correlationId what the confirm is correlated by
	 */
	public record Outgoing(String exchange, String routingKey, Message message, String correlationId) {
	}

}
