package io.callimport.consumer.failure;

import java.time.Duration;
import java.util.Map;

import org.springframework.amqp.core.Message;
import org.springframework.stereotype.Component;

import io.callimport.consumer.messaging.ConfirmedPublisher;
import io.callimport.model.messaging.MessagingTopology;
import io.callimport.model.messaging.MessagingTopology.DelayTier;

/**
 * Hands a message to the delay queue whose delay fits, counting the attempt in a header.
 * The broker returns it to the ended-conversations queue when the delay is over; no
 * thread waits meanwhile.
 */
@Component
class RetryScheduler {

	/** Header with the code of the failure that caused the latest retry. */
	static final String RETRY_REASON_CODE_HEADER = "x-callimport-retry-reason-code";

	private final ConfirmedPublisher publisher;

	RetryScheduler(ConfirmedPublisher publisher) {
		this.publisher = publisher;
	}

	/**
	 * @return the delay tier used
	 */
	DelayTier schedule(Message delivered, Attempt attempt, Duration delay, ReasonCode reason) {
		DelayTier tier = MessagingTopology.delayTierFor(delay);
		Message retry = DeliveryCopies.copy(delivered,
				Map.of(MessagingTopology.ATTEMPT_HEADER, attempt.number(), Attempt.FIRST_ATTEMPT_AT_HEADER,
						attempt.firstAttemptAt().toString(), RETRY_REASON_CODE_HEADER, reason.name()));
		this.publisher.publish(MessagingTopology.RETRY_EXCHANGE, tier.routingKey(), retry);
		return tier;
	}

}
