package io.callimport.consumer.importing;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.stereotype.Component;

import io.callimport.consumer.metrics.ImportMetrics;
import io.callimport.consumer.recording.StagingArea;
import io.callimport.consumer.metrics.ImportOutcomeTag;

/**
 * The end of one call's import, once its recordings are in the bucket's staging area: one
 * transaction that promotes them to their final keys and stores the call and its
 * recordings ({@link ImportCommit}), the analysis message, then the delivery is
 * acknowledged. Any failure goes to {@link CallFailures} for this call alone.
 */
@Component
class CallFinisher {

	private static final Logger log = LoggerFactory.getLogger(CallFinisher.class);

	private final ImportCommit commit;

	private final StagingArea staging;

	private final AnalysisQueue analysis;

	private final CallFailures failures;

	private final ImportMetrics metrics;

	CallFinisher(ImportCommit commit, StagingArea staging, AnalysisQueue analysis, CallFailures failures,
			ImportMetrics metrics) {
		this.commit = commit;
		this.staging = staging;
		this.analysis = analysis;
		this.failures = failures;
		this.metrics = metrics;
	}

	/**
	 * Promotes the staged recordings, stores the call with these recording rows and
	 * queues it for analysis. Staged objects left unpromoted are removed.
	 */
	void finish(CallWork call, List<RecordingRow> rows, List<StagedRecording> staged) {
		PendingImport pending = call.pending();
		boolean kept = false;
		try (MDC.MDCCloseable tenant = MDC.putCloseable(CallFailures.MDC_TENANT, pending.tenantId());
				MDC.MDCCloseable conversation = MDC.putCloseable(CallFailures.MDC_CONVERSATION,
						pending.conversationId())) {
			ImportCommit.Outcome outcome;
			try {
				outcome = this.commit.save(call.metadata(), rows, staged, pending.message().source());
			}
			catch (RuntimeException ex) {
				// only the commit failed: the next attempt uses these instead of
				// downloading
				// them again
				KeptRecordings.keepForNextAttempt(pending, staged);
				kept = true;
				this.failures.fail(pending, ex);
				return;
			}
			if (outcome == ImportCommit.Outcome.COMPLETED_ELSEWHERE) {
				log.info("Conversation was completed by another consumer meanwhile");
				settle(pending, ImportOutcomeTag.DUPLICATE);
				return;
			}
			if (outcome == ImportCommit.Outcome.STORED_ELSEWHERE) {
				log.info("Conversation was stored by another consumer meanwhile; its recordings are kept");
			}
			settle(pending, this.analysis.queue(call.metadata().callId()));
		}
		catch (RuntimeException ex) {
			this.failures.fail(pending, ex);
		}
		finally {
			if (!kept) {
				// promoted ones are gone from the staging area already
				staged.forEach(this::discard);
			}
		}
	}

	/**
	 * Removes a staged recording that is not (or no longer) to be promoted; one an
	 * earlier attempt left stays for the attempts its delivery still carries it to (the
	 * sweep removes it in the end).
	 */
	void discard(StagedRecording staged) {
		if (!staged.carriedOver()) {
			this.staging.discard(staged.object().stagingKey());
		}
	}

	/** Queues a call that an earlier attempt stored but could not queue. */
	void queueStored(PendingImport pending) {
		try (MDC.MDCCloseable tenant = MDC.putCloseable(CallFailures.MDC_TENANT, pending.tenantId());
				MDC.MDCCloseable conversation = MDC.putCloseable(CallFailures.MDC_CONVERSATION,
						pending.conversationId())) {
			log.info("Conversation stored by an earlier attempt; queueing it for analysis");
			settle(pending, this.analysis.queue(CallStore.callId(pending.message())));
		}
		catch (RuntimeException ex) {
			this.failures.fail(pending, ex);
		}
	}

	/** A call with nothing left to do. */
	void settle(PendingImport pending, ImportOutcomeTag outcome) {
		this.metrics.imported(pending.tenantId(), outcome);
		if (outcome != ImportOutcomeTag.DUPLICATE) {
			log.info("Imported conversation ({}) at attempt {}, source {}", outcome.tagValue(),
					pending.attempt().number(), pending.message().source());
		}
		else {
			log.info("Conversation already imported; nothing to do");
		}
		pending.settle();
	}

}
