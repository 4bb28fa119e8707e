package io.callimport.consumer.failure;

import java.time.Duration;
import java.util.Map;

import org.springframework.amqp.core.Message;
import org.springframework.stereotype.Component;

import io.callimport.consumer.metrics.ImportMetrics;
import io.callimport.consumer.metrics.ImportOutcomeTag;
import io.callimport.model.message.ConversationEnded;

/**
 * Puts off a call that waited too long for its tenant's turn (its Genesys budget used
 * up): it goes to a delay queue unchanged, no attempt counted, and comes back later.
 */
@Component
public class Deferrals {

	/** How long a deferred call stays away. */
	static final Duration DEFERRAL = Duration.ofSeconds(30);

	private final RetryScheduler retries;

	private final ImportMetrics metrics;

	Deferrals(RetryScheduler retries, ImportMetrics metrics) {
		this.retries = retries;
		this.metrics = metrics;
	}

	/**
	 * @throws RuntimeException when the broker did not take it: the delivery must then go
	 * back
	 */
	public void defer(Message delivered, ConversationEnded message) {
		this.retries.delay(delivered, message, DEFERRAL, Map.of());
		this.metrics.imported(message.tenantId(), ImportOutcomeTag.DEFERRED);
	}

}
