package io.callimport.consumer.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import io.callimport.consumer.config.ConsumerProperties;
import io.callimport.consumer.config.ImportThreads;
import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;
import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.recordings.BatchJobStatus;
import io.callimport.genesys.recordings.BatchResult;
import io.callimport.genesys.recordings.RecordingCatalogue;

/**
 * Genesys' recording batch API: one job for the recordings of up to 100 conversations
 * ({@code POST /api/v2/recording/batchrequests}), polled until its counts match. No
 * thread waits between polls: each poll is scheduled on the timer and runs on a
 * coordinator thread.
 */
@Component
class RecordingBatchJobs {

	/** The most conversations one job takes. */
	static final int MAX_ENTRIES = RecordingCatalogue.MAX_BATCH_CONVERSATIONS;

	private static final Logger log = LoggerFactory.getLogger(RecordingBatchJobs.class);

	private final RecordingCatalogue catalogue;

	private final ConsumerProperties.Batch settings;

	private final TaskScheduler timer;

	private final Executor coordinators;

	RecordingBatchJobs(RecordingCatalogue catalogue, ConsumerProperties properties, ImportThreads threads) {
		this.catalogue = catalogue;
		this.settings = properties.batch();
		this.timer = threads.timer();
		this.coordinators = threads.coordinators();
	}

	/**
	 * Submits a job for every recording of these conversations and completes with its
	 * results, by conversation id (a conversation without recordings has none).
	 * @throws io.callimport.genesys.failure.GenesysException when the job cannot be
	 * submitted
	 */
	CompletableFuture<Map<String, List<BatchResult>>> fetch(GenesysClient genesys, List<String> conversationIds) {
		if (conversationIds.isEmpty() || conversationIds.size() > MAX_ENTRIES) {
			throw new IllegalArgumentException("A recording batch takes 1 to 100 conversations");
		}
		String jobId = this.catalogue.submitBatch(genesys, conversationIds)
			.orElseThrow(() -> new ImportFailureException(ReasonCode.GENESYS_BAD_RESPONSE,
					"Genesys accepted a recording batch request without a job id"));
		CompletableFuture<Map<String, List<BatchResult>>> done = new CompletableFuture<>();
		Instant deadline = Instant.now().plus(this.settings.jobDeadline());
		schedulePoll(new Poll(genesys, jobId, deadline, done), this.settings.jobPollInitial());
		return done;
	}

	private void schedulePoll(Poll poll, Duration delay) {
		this.timer.schedule(() -> this.coordinators.execute(() -> poll(poll, delay)), Instant.now().plus(delay));
	}

	private void poll(Poll poll, Duration lastDelay) {
		try {
			BatchJobStatus status = this.catalogue.batchStatus(poll.genesys(), poll.jobId());
			if (status.complete()) {
				poll.done().complete(byConversation(status.results()));
				return;
			}
			if (Instant.now().isAfter(poll.deadline())) {
				poll.done()
					.completeExceptionally(new ImportFailureException(ReasonCode.RECORDINGS_NOT_READY,
							"Genesys' recording batch job " + poll.jobId() + " did not finish within "
									+ this.settings.jobDeadline() + " (" + status.resultCount() + " + "
									+ status.errorCount() + " of " + count(status.expectedResultCount())
									+ " results)"));
				return;
			}
			Duration next = lastDelay.multipliedBy(2);
			schedulePoll(poll, (next.compareTo(this.settings.jobPollMaxInterval()) > 0)
					? this.settings.jobPollMaxInterval() : next);
		}
		catch (RuntimeException ex) {
			poll.done().completeExceptionally(ex);
		}
	}

	private static Map<String, List<BatchResult>> byConversation(List<BatchResult> results) {
		Map<String, List<BatchResult>> grouped = new HashMap<>();
		for (BatchResult result : results) {
			grouped.computeIfAbsent(result.conversationId(), (id) -> new java.util.ArrayList<>()).add(result);
			if (result.errorMsg() != null) {
				log.debug("Recording batch result for conversation {}, recording {}: {}", result.conversationId(),
						result.recordingId(), result.errorMsg());
			}
		}
		return grouped;
	}

	private static int count(@Nullable Integer value) {
		return (value != null) ? value : 0;
	}

	private record Poll(GenesysClient genesys, String jobId, Instant deadline,
			CompletableFuture<Map<String, List<BatchResult>>> done) {
	}

}
