package io.callimport.producer.reconciliation;

import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.stereotype.Component;

import io.callimport.model.messaging.ImportLane;
import io.callimport.model.messaging.MessagingTopology;
import io.callimport.producer.tenant.TenantProperties;

/**
 * Keeps a large run from flooding the broker: before publishing more, it waits until this
 * tenant's background queue (ready messages) plus its unconfirmed outbox hold fewer than
 * {@code pacing.max-queued} messages. (Live calls have a queue of their own, which the
 * consumer serves first.) While the broker cannot tell, it waits as well.
 */
@Component
class PublishPacing {

	private static final Logger log = LoggerFactory.getLogger(PublishPacing.class);

	private final AmqpAdmin admin;

	private final ImportStates states;

	private final ReconciliationProperties.Pacing properties;

	private final String tenantId;

	private final String queue;

	PublishPacing(AmqpAdmin admin, ImportStates states, ReconciliationProperties properties, TenantProperties tenant) {
		this.admin = admin;
		this.states = states;
		this.properties = properties.pacing();
		this.tenantId = tenant.id();
		this.queue = MessagingTopology.queueFor(tenant.id(), ImportLane.BACKGROUND);
	}

	int checkEvery() {
		return this.properties.checkEvery();
	}

	/**
	 * Returns once there is room.
	 * @throws ReconciliationInterrupted when {@code keepGoing} turns false while waiting
	 */
	void awaitRoom(BooleanSupplier keepGoing) {
		boolean logged = false;
		while (true) {
			long queued = queued();
			if (queued >= 0 && queued < this.properties.maxQueued()) {
				return;
			}
			if (!logged) {
				log.info("Reconciliation waits for the consumer: {} message(s) queued, publishing below {}",
						(queued >= 0) ? queued : "unknown", this.properties.maxQueued());
				logged = true;
			}
			if (!keepGoing.getAsBoolean()) {
				throw new ReconciliationInterrupted("Stopped while waiting for room in the background queue");
			}
			try {
				Thread.sleep(this.properties.checkInterval().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new ReconciliationInterrupted("Interrupted while waiting for room in the background queue");
			}
		}
	}

	/**
	 * Ready messages plus this tenant's unconfirmed ones; -1 when the broker is
	 * unreachable.
	 */
	private long queued() {
		try {
			QueueInformation queue = this.admin.getQueueInfo(this.queue);
			return (queue != null) ? queue.getMessageCount() + this.states.unpublished(this.tenantId) : -1;
		}
		catch (AmqpException ex) {
			return -1;
		}
	}

}
