package io.callimport.producer.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.callimport.model.messaging.ConfirmedPublisher;
import io.callimport.producer.tenant.TenantProperties;

/**
 * One pass of the outbox relay, in one transaction: claim due rows (locked), publish them
 * with confirms, mark the confirmed ones published and let the others wait with backoff.
 * When the broker confirms again after failures, every waiting row is made due at once.
 */
@Component
class RelayPass {

	private static final Logger log = LoggerFactory.getLogger(RelayPass.class);

	private final OutboxStore store;

	private final ConfirmedPublisher publisher;

	private final TransactionTemplate transactions;

	private final PublishingMetrics metrics;

	private final PublishingProperties properties;

	private final String tenantId;

	private volatile boolean brokerFailing;

	RelayPass(OutboxStore store, ConfirmedPublisher publisher, TransactionTemplate transactions,
			PublishingMetrics metrics, PublishingProperties properties, TenantProperties tenant) {
		this.store = store;
		this.publisher = publisher;
		this.transactions = transactions;
		this.metrics = metrics;
		this.properties = properties;
		this.tenantId = tenant.id();
	}

	/** Runs one pass; whether a full batch was confirmed (so more may be due at once). */
	boolean run() {
		Outcome outcome = this.transactions.execute((status) -> publishDue());
		if (outcome != null && outcome.claimed() > 0) {
			if (outcome.confirmed() > 0 && this.brokerFailing) {
				int due = this.store.makeDue(this.tenantId);
				log.info("The broker confirms again; {} waiting outbox message(s) are due now", due);
			}
			this.brokerFailing = outcome.confirmed() == 0;
		}
		this.metrics.pending(this.store.pending(this.tenantId));
		return outcome != null && outcome.claimed() >= this.properties.batchSize() && outcome.confirmed() > 0;
	}

	private Outcome publishDue() {
		List<OutboxMessage> claimed = this.store.claim(this.tenantId, this.properties.batchSize());
		if (claimed.isEmpty()) {
			return new Outcome(0, 0);
		}
		List<@Nullable String> results = this.publisher
			.publishAll(claimed.stream().map(OutboxMessage::outgoing).toList());
		List<UUID> confirmed = new ArrayList<>();
		String firstError = null;
		for (int i = 0; i < claimed.size(); i++) {
			OutboxMessage message = claimed.get(i);
			String error = results.get(i);
			if (error == null) {
				confirmed.add(message.id());
				this.metrics.published(message.source(), (message.attempts() == 0) ? "confirmed" : "relayed");
				continue;
			}
			firstError = (firstError != null) ? firstError : error;
			this.store.markFailed(message.id(), error, this.properties.retryDelay(message.attempts() + 1));
			if (message.attempts() == 0) {
				this.metrics.published(message.source(), "outboxed");
			}
		}
		if (!confirmed.isEmpty()) {
			this.store.markPublished(confirmed);
		}
		if (firstError != null) {
			log.warn("{} of {} message(s) not confirmed by the broker; they wait in the outbox: {}",
					claimed.size() - confirmed.size(), claimed.size(), firstError);
		}
		return new Outcome(claimed.size(), confirmed.size());
	}

	private record Outcome(int claimed, int confirmed) {
	}

}
