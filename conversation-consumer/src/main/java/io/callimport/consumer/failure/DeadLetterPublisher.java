package io.callimport.consumer.failure;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.Message;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

import io.callimport.model.messaging.ConfirmedPublisher;
import io.callimport.model.message.ConversationEnded;
import io.callimport.model.messaging.MessagingTopology;

/**
 * Parks a message that will not be imported: an {@code import_failures} row (for a tenant
 * this consumer serves; the producer's admin API lists and replays it), the call marked
 * FAILED, and the message on the dead-letter queue with the reason in its headers.
 */
@Component
class DeadLetterPublisher {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);

	private final ImportFailureRepository failures;

	private final ConfirmedPublisher publisher;

	DeadLetterPublisher(ImportFailureRepository failures, ConfirmedPublisher publisher) {
		this.failures = failures;
		this.publisher = publisher;
	}

	void deadLetter(Message delivered, @Nullable ConversationEnded message, Attempt attempt, ReasonCode code,
			String reason) {
		String headerReason = reason;
		if (message != null && isTenantKnown(code)) {
			headerReason = record(delivered, message, attempt, code, reason);
		}
		Message parked = DeliveryCopies.copy(delivered, Map.of(MessagingTopology.REASON_CODE_HEADER, code.name(),
				MessagingTopology.REASON_HEADER, headerReason, MessagingTopology.ATTEMPT_HEADER, attempt.number()));
		this.publisher.publish(MessagingTopology.DEAD_LETTER_EXCHANGE, MessagingTopology.CONVERSATION_ENDED_ROUTING_KEY,
				parked);
	}

	/**
	 * The message still goes to the dead-letter queue when the database is down, so it is
	 * never lost; the header then says that it is missing from the failures list, where
	 * the dead-letter reader puts it once PostgreSQL is back.
	 */
	private String record(Message delivered, ConversationEnded message, Attempt attempt, ReasonCode code,
			String reason) {
		try {
			this.failures.recordFailure(message, code, reason, delivered.getBody(), attempt.number());
			return reason;
		}
		catch (DataAccessException | TransactionException ex) {
			// no connection at all is a TransactionException, not a DataAccessException
			log.error("Could not record the failure of conversation {} ({}): {}", message.conversationId(), code,
					ex.getMessage());
			return reason + ImportFailureRepository.NOT_LISTED_YET;
		}
	}

	private static boolean isTenantKnown(ReasonCode code) {
		return code != ReasonCode.MALFORMED_MESSAGE && code != ReasonCode.UNKNOWN_TENANT;
	}

}
