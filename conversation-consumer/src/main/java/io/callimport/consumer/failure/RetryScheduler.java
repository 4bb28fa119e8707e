package io.callimport.consumer.failure;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.amqp.core.Message;
import org.springframework.stereotype.Component;

import io.callimport.model.messaging.ConfirmedPublisher;
import io.callimport.model.message.ConversationEnded;
import io.callimport.model.messaging.ImportLane;
import io.callimport.model.messaging.MessagingTopology;
import io.callimport.model.messaging.MessagingTopology.DelayTier;

/**
 * Hands a message to the delay queue whose delay fits, counting the attempt in a header.
 * The broker returns it to its tenant's queue of its lane when the delay is over; no
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
	 * @param message the parsed message; null only for a delivery that could not be read,
	 * which goes back through the legacy shared queue
	 * @return the delay tier used
	 */
	DelayTier schedule(Message delivered, @Nullable ConversationEnded message, Attempt attempt, Duration delay,
			ReasonCode reason) {
		return delay(delivered, message, delay,
				Map.of(MessagingTopology.ATTEMPT_HEADER, attempt.number(), Attempt.FIRST_ATTEMPT_AT_HEADER,
						attempt.firstAttemptAt().toString(), RETRY_REASON_CODE_HEADER, reason.name()));
	}

	/**
	 * Sends a message back to its queue after {@code delay} as it is: no attempt counted.
	 */
	DelayTier delay(Message delivered, @Nullable ConversationEnded message, Duration delay,
			Map<String, Object> headers) {
		DelayTier tier = MessagingTopology.delayTierFor(delay);
		if (message == null) {
			this.publisher.publish(MessagingTopology.RETRY_EXCHANGE, tier.routingKey(),
					DeliveryCopies.copy(delivered, headers));
			return tier;
		}
		Map<String, Object> withTier = new HashMap<>(headers);
		withTier.put(MessagingTopology.DELAY_TIER_HEADER, tier.name());
		this.publisher.publish(MessagingTopology.DELAY_EXCHANGE,
				MessagingTopology.routingKeyFor(message.tenantId(), ImportLane.of(message.source())),
				DeliveryCopies.copy(delivered, withTier));
		return tier;
	}

}
