package io.callimport.consumer.failure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.Message;
import org.springframework.stereotype.Component;

import io.callimport.consumer.config.ConsumerProperties;
import io.callimport.consumer.metrics.ImportMetrics;
import io.callimport.consumer.metrics.ImportOutcomeTag;
import io.callimport.model.message.ConversationEnded;
import io.callimport.model.messaging.MessagingTopology.DelayTier;

/**
 * Settles a failed attempt: a retryable failure goes to a delay queue while the attempt
 * budget lasts; anything else, or a retryable failure past the budget, is dead-lettered
 * with its reason. Either way the message is safely with the broker before the caller
 * acknowledges the delivery; if the broker cannot take it, this throws and the delivery
 * stays unacknowledged.
 */
@Component
public class FailureHandler {

	private static final Logger log = LoggerFactory.getLogger(FailureHandler.class);

	private final RetryScheduler retries;

	private final DeadLetterPublisher deadLetters;

	private final ImportMetrics metrics;

	private final ConsumerProperties.Retry budget;

	FailureHandler(RetryScheduler retries, DeadLetterPublisher deadLetters, ImportMetrics metrics,
			ConsumerProperties properties) {
		this.retries = retries;
		this.deadLetters = deadLetters;
		this.metrics = metrics;
		this.budget = properties.retry();
	}

	/**
	 * @param message the parsed message, or null when it could not be read
	 * @return RETRIED or DEAD_LETTERED
	 */
	public ImportOutcomeTag handle(Message delivered, @Nullable ConversationEnded message, Attempt attempt,
			Throwable error) {
		ImportFailureException failure = FailureClassifier.classify(error);
		String tenant = tenantTag(message, failure.code());
		if (failure.code().retryable() && attempt.number() < this.budget.maxAttempts()) {
			Duration delay = delayFor(attempt, failure);
			DelayTier tier = this.retries.schedule(delivered, message, attempt, delay, failure.code());
			logRetry(attempt, failure, tier);
			this.metrics.imported(tenant, ImportOutcomeTag.RETRIED);
			return ImportOutcomeTag.RETRIED;
		}
		String reason = failure.code().retryable()
				? failure.getMessage() + " (gave up after " + attempt.number() + " attempts)" : failure.getMessage();
		this.deadLetters.deadLetter(delivered, message, attempt, failure.code(), reason);
		logDeadLetter(failure, reason);
		this.metrics.imported(tenant, ImportOutcomeTag.DEAD_LETTERED);
		return ImportOutcomeTag.DEAD_LETTERED;
	}

	private Duration delayFor(Attempt attempt, ImportFailureException failure) {
		Duration backoff = this.budget.delayAfter(attempt.number());
		Duration wanted = failure.retryAfter();
		return (wanted != null && wanted.compareTo(backoff) > 0) ? wanted : backoff;
	}

	private static void logRetry(Attempt attempt, ImportFailureException failure, DelayTier tier) {
		boolean expected = failure.code() == ReasonCode.DETAILS_NOT_READY
				|| failure.code() == ReasonCode.RECORDINGS_NOT_READY;
		String text = "Attempt {} not finished ({}: {}); next attempt in {}";
		if (expected) {
			log.info(text, attempt.number(), failure.code(), failure.getMessage(), tier.delay());
		}
		else {
			log.warn(text, attempt.number(), failure.code(), failure.getMessage(), tier.delay());
		}
	}

	private static void logDeadLetter(ImportFailureException failure, String reason) {
		if (failure.code() == ReasonCode.UNEXPECTED_ERROR) {
			log.error("Dead-lettered ({}): {}", failure.code(), reason, failure.getCause());
		}
		else {
			log.error("Dead-lettered ({}): {}", failure.code(), reason);
		}
	}

	/** A tenant id nobody configured stays out of the tags: it may be anything. */
	private static String tenantTag(@Nullable ConversationEnded message, ReasonCode code) {
		if (message == null || code == ReasonCode.UNKNOWN_TENANT) {
			return ImportMetrics.UNKNOWN_TENANT;
		}
		return message.tenantId();
	}

}
