package io.callimport.consumer.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.mypurecloud.sdk.v2.model.BatchDownloadJobResult;
import com.mypurecloud.sdk.v2.model.BatchDownloadJobStatusResult;
import com.mypurecloud.sdk.v2.model.BatchDownloadJobSubmission;
import com.mypurecloud.sdk.v2.model.BatchDownloadJobSubmissionResult;
import com.mypurecloud.sdk.v2.model.BatchDownloadRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import io.callimport.consumer.config.ConsumerProperties;
import io.callimport.consumer.config.ImportThreads;
import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;
import io.callimport.genesys.GenesysClient;

/**
 * Genesys' recording batch API: one job for the recordings of up to 100 conversations
 * ({@code POST /api/v2/recording/batchrequests}), polled until its counts match. No
 * thread waits between polls: each poll is scheduled on the timer and runs on a
 * coordinator thread.
 */
@Component
class RecordingBatchJobs {

	/** The most conversations one job takes. */
	static final int MAX_ENTRIES = 100;

	private static final Logger log = LoggerFactory.getLogger(RecordingBatchJobs.class);

	private final ConsumerProperties.Batch settings;

	private final TaskScheduler timer;

	private final Executor coordinators;

	RecordingBatchJobs(ConsumerProperties properties, ImportThreads threads) {
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
	CompletableFuture<Map<String, List<BatchDownloadJobResult>>> fetch(GenesysClient genesys,
			List<String> conversationIds) {
		if (conversationIds.isEmpty() || conversationIds.size() > MAX_ENTRIES) {
			throw new IllegalArgumentException("A recording batch takes 1 to 100 conversations");
		}
		BatchDownloadJobSubmission submission = new BatchDownloadJobSubmission().batchDownloadRequestList(
				conversationIds.stream().map((id) -> new BatchDownloadRequest().conversationId(id)).toList());
		BatchDownloadJobSubmissionResult submitted = genesys
			.call(() -> genesys.recordings().postRecordingBatchrequests(submission));
		if (submitted == null || submitted.getId() == null) {
			throw new ImportFailureException(ReasonCode.GENESYS_BAD_RESPONSE,
					"Genesys accepted a recording batch request without a job id");
		}
		CompletableFuture<Map<String, List<BatchDownloadJobResult>>> done = new CompletableFuture<>();
		Instant deadline = Instant.now().plus(this.settings.jobDeadline());
		schedulePoll(new Poll(genesys, submitted.getId(), deadline, done), this.settings.jobPollInitial());
		return done;
	}

	private void schedulePoll(Poll poll, Duration delay) {
		this.timer.schedule(() -> this.coordinators.execute(() -> poll(poll, delay)), Instant.now().plus(delay));
	}

	private void poll(Poll poll, Duration lastDelay) {
		try {
			BatchDownloadJobStatusResult status = poll.genesys()
				.call(() -> poll.genesys().recordings().getRecordingBatchrequest(poll.jobId()));
			if (isComplete(status)) {
				poll.done().complete(byConversation(status.getResults()));
				return;
			}
			if (Instant.now().isAfter(poll.deadline())) {
				poll.done()
					.completeExceptionally(new ImportFailureException(ReasonCode.RECORDINGS_NOT_READY,
							"Genesys' recording batch job " + poll.jobId() + " did not finish within "
									+ this.settings.jobDeadline() + " (" + count(status.getResultCount()) + " + "
									+ count(status.getErrorCount()) + " of " + count(status.getExpectedResultCount())
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

	private static boolean isComplete(BatchDownloadJobStatusResult status) {
		if (status == null || status.getExpectedResultCount() == null) {
			return false;
		}
		return count(status.getResultCount()) + count(status.getErrorCount()) >= status.getExpectedResultCount();
	}

	private static Map<String, List<BatchDownloadJobResult>> byConversation(List<BatchDownloadJobResult> results) {
		Map<String, List<BatchDownloadJobResult>> grouped = new HashMap<>();
		if (results != null) {
			for (BatchDownloadJobResult result : results) {
				if (result != null && result.getConversationId() != null) {
					grouped.computeIfAbsent(result.getConversationId(), (id) -> new java.util.ArrayList<>())
						.add(result);
					if (result.getErrorMsg() != null) {
						log.debug("Recording batch result for conversation {}, recording {}: {}",
								result.getConversationId(), result.getRecordingId(), result.getErrorMsg());
					}
				}
			}
		}
		return grouped;
	}

	private static int count(Integer value) {
		return (value != null) ? value : 0;
	}

	private record Poll(GenesysClient genesys, String jobId, Instant deadline,
			CompletableFuture<Map<String, List<BatchDownloadJobResult>>> done) {
	}

}
