package io.callimport.consumer.intake;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.amqp.core.Message;
import org.springframework.stereotype.Component;

import io.callimport.consumer.failure.Attempt;
import io.callimport.consumer.failure.FailureHandler;
import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.importing.ConversationImporter;
import io.callimport.consumer.metrics.ImportMetrics;
import io.callimport.consumer.metrics.ImportOutcomeTag;
import io.callimport.model.message.ConversationEnded;

/**
 * One delivery from start to settlement: read it, import it, and on failure hand it to
 * the {@link FailureHandler}. Returns normally once the message may be acknowledged:
 * imported, or safely handed to a delay or dead-letter queue.
 */
@Component
class DeliveryProcessor {

	static final String MDC_TENANT = "tenantId";

	static final String MDC_CONVERSATION = "conversationId";

	private static final Logger log = LoggerFactory.getLogger(DeliveryProcessor.class);

	private final ConversationEndedReader reader;

	private final ConversationImporter importer;

	private final FailureHandler failures;

	private final ImportMetrics metrics;

	private final Clock clock;

	DeliveryProcessor(ConversationEndedReader reader, ConversationImporter importer, FailureHandler failures,
			ImportMetrics metrics, Clock clock) {
		this.reader = reader;
		this.importer = importer;
		this.failures = failures;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * @throws RuntimeException when the broker did not take a retry or dead-letter copy:
	 * the delivery must then not be acknowledged
	 */
	void process(Message delivered) {
		Attempt attempt = Attempt.of(delivered.getMessageProperties(), this.clock.instant());
		ConversationEnded message;
		try {
			message = this.reader.read(delivered);
		}
		catch (ImportFailureException ex) {
			this.failures.handle(delivered, null, attempt, ex);
			return;
		}
		try (MDC.MDCCloseable tenant = MDC.putCloseable(MDC_TENANT, message.tenantId());
				MDC.MDCCloseable conversation = MDC.putCloseable(MDC_CONVERSATION, message.conversationId())) {
			importOne(delivered, message, attempt);
		}
	}

	private void importOne(Message delivered, ConversationEnded message, Attempt attempt) {
		ImportOutcomeTag outcome;
		try {
			outcome = this.importer.importConversation(message, attempt);
		}
		catch (RuntimeException ex) {
			this.failures.handle(delivered, message, attempt, ex);
			return;
		}
		this.metrics.imported(message.tenantId(), outcome);
		if (outcome != ImportOutcomeTag.DUPLICATE) {
			log.info("Imported conversation ({}) at attempt {}, source {}", outcome.tagValue(), attempt.number(),
					message.source());
		}
	}

}
