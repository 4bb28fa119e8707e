package io.callimport.bench.producer;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import io.callimport.bench.BenchTenant;
import io.callimport.model.messaging.ImportLane;
import io.callimport.model.messaging.MessagingTopology;

/**
 * A tenant's background queue, where reconciliations publish: how many messages wait in
 * it, and emptying it so that later scenarios' consumers do not import them.
 */
final class BackgroundQueue {

	private final RabbitAdmin admin;

	private final String queue;

	BackgroundQueue(RabbitTemplate rabbit, BenchTenant tenant) {
		this.admin = new RabbitAdmin(rabbit.getConnectionFactory());
		this.queue = MessagingTopology.queueFor(tenant.id(), ImportLane.BACKGROUND);
	}

	long messages() {
		QueueInformation info = this.admin.getQueueInfo(this.queue);
		return (info != null) ? info.getMessageCount() : 0;
	}

	/** Waits until {@code count} messages are ready or the timeout passes; the count. */
	long await(long count, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		long messages = messages();
		while (messages < count && Instant.now().isBefore(deadline)) {
			LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
			messages = messages();
		}
		return messages;
	}

	/** Empties the queue; nothing to do when it was never declared. */
	void purge() {
		if (this.admin.getQueueInfo(this.queue) != null) {
			this.admin.purgeQueue(this.queue, false);
		}
	}

}
