package io.callimport.consumer.importing;

import java.util.concurrent.CompletableFuture;

import org.springframework.amqp.core.Message;

import io.callimport.consumer.failure.Attempt;
import io.callimport.model.message.ConversationEnded;
import io.callimport.model.messaging.ImportLane;

/**
 * One delivery on its way through the import: its message, which attempt it is, and the
 * future that settles it. Completing the future acknowledges the delivery (imported, or
 * safely handed to a delay or dead-letter queue); failing it hands the delivery back to
 * the broker for redelivery.
 */
public final class PendingImport {

	private final Message delivered;

	private final ConversationEnded message;

	private final Attempt attempt;

	private final long receivedNanos;

	private final CompletableFuture<Void> settled = new CompletableFuture<>();

	public PendingImport(Message delivered, ConversationEnded message, Attempt attempt) {
		this.delivered = delivered;
		this.message = message;
		this.attempt = attempt;
		this.receivedNanos = System.nanoTime();
	}

	public Message delivered() {
		return this.delivered;
	}

	public ConversationEnded message() {
		return this.message;
	}

	public Attempt attempt() {
		return this.attempt;
	}

	public String tenantId() {
		return this.message.tenantId();
	}

	public String conversationId() {
		return this.message.conversationId();
	}

	public ImportLane lane() {
		return ImportLane.of(this.message.source());
	}

	/** When this consumer received it ({@link System#nanoTime()}). */
	public long receivedNanos() {
		return this.receivedNanos;
	}

	/** Completes when the delivery may be acknowledged, fails when it must go back. */
	public CompletableFuture<Void> settled() {
		return this.settled;
	}

	/** The delivery may be acknowledged. */
	public void settle() {
		this.settled.complete(null);
	}

	/** The delivery must go back to the broker, which delivers it again. */
	public void handBack(Throwable cause) {
		this.settled.completeExceptionally(cause);
	}

	@Override
	public String toString() {
		return "PendingImport[" + this.message.tenantId() + "/" + this.message.conversationId() + ", attempt "
				+ this.attempt.number() + "]";
	}

}
