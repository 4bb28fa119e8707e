package io.callimport.consumer.intake;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import org.springframework.amqp.core.Message;
import org.springframework.stereotype.Component;

import io.callimport.consumer.failure.Attempt;
import io.callimport.consumer.failure.FailureHandler;
import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.importing.PendingImport;
import io.callimport.consumer.scheduling.ImportScheduler;
import io.callimport.model.message.ConversationEnded;

/**
 * Takes one delivery: a readable message goes to the {@link ImportScheduler}, anything
 * else to the dead-letter queue at once. Never throws: the returned future says when the
 * delivery may be acknowledged, or fails when it must go back to the broker.
 */
@Component
class Intake {

	private final ConversationEndedReader reader;

	private final ImportScheduler scheduler;

	private final FailureHandler failures;

	private final Clock clock;

	Intake(ConversationEndedReader reader, ImportScheduler scheduler, FailureHandler failures, Clock clock) {
		this.reader = reader;
		this.scheduler = scheduler;
		this.failures = failures;
		this.clock = clock;
	}

	CompletableFuture<Void> accept(Message delivered) {
		try {
			Attempt attempt = Attempt.of(delivered.getMessageProperties(), this.clock.instant());
			ConversationEnded message;
			try {
				message = this.reader.read(delivered);
			}
			catch (ImportFailureException ex) {
				this.failures.handle(delivered, null, attempt, ex);
				return CompletableFuture.completedFuture(null);
			}
			PendingImport call = new PendingImport(delivered, message, attempt);
			this.scheduler.submit(call);
			return call.settled();
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

}
