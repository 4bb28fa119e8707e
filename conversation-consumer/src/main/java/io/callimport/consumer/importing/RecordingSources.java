package io.callimport.consumer.importing;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;

import io.callimport.consumer.config.ConsumerProperties;
import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;
import io.callimport.consumer.importing.RecordingPlan.Download;
import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.recordings.BatchResult;
import io.callimport.genesys.recordings.Recording;

/**
 * Finds out what to download for each call of a batch. A few calls: each one's recordings
 * list (one request per call; the list tells transcoding, archived and deleted
 * recordings). Many: one recording batch job for all of them, which costs two or three
 * requests whatever the number of calls; a call the job cannot answer plainly (an error
 * result, or no result while analytics says it was recorded) falls back to its own list,
 * so that it takes its usual path (wait, archived, deleted, none) without holding back
 * the others.
 */
@Component
class RecordingSources {

	private final RecordingLister lister;

	private final RecordingBatchJobs jobs;

	private final int jobMinCalls;

	private final Duration recordingWait;

	private final Clock clock;

	RecordingSources(RecordingLister lister, RecordingBatchJobs jobs, ConsumerProperties properties, Clock clock) {
		this.lister = lister;
		this.jobs = jobs;
		this.jobMinCalls = properties.batch().recordingJobMinCalls();
		this.recordingWait = properties.retry().recordingWait();
		this.clock = clock;
	}

	/**
	 * Whether a batch of this many calls asks a batch job rather than each call's list.
	 */
	boolean usesJob(int calls) {
		return calls >= this.jobMinCalls;
	}

	/**
	 * Plans each call, or fails it alone. Completes once every call has been handed to
	 * {@code planned} or {@code failed}; when the job itself fails, every call fails with
	 * that error.
	 */
	CompletableFuture<Void> plan(GenesysClient genesys, List<CallWork> calls,
			BiConsumer<CallWork, RecordingPlan> planned, BiConsumer<CallWork, RuntimeException> failed) {
		if (!usesJob(calls.size())) {
			calls.forEach((call) -> listed(genesys, call, planned, failed));
			return CompletableFuture.completedFuture(null);
		}
		return this.jobs.fetch(genesys, calls.stream().map(CallWork::conversationId).toList())
			.handle((results, error) -> {
				if (error != null) {
					RuntimeException cause = unwrap(error);
					calls.forEach((call) -> failed.accept(call, cause));
				}
				else {
					calls.forEach((call) -> delivered(genesys, call, results, planned, failed));
				}
				return null;
			});
	}

	private void delivered(GenesysClient genesys, CallWork call, Map<String, List<BatchResult>> results,
			BiConsumer<CallWork, RecordingPlan> planned, BiConsumer<CallWork, RuntimeException> failed) {
		List<BatchResult> own = results.getOrDefault(call.conversationId(), List.of());
		try {
			if (own.isEmpty() && call.details().knownUnrecorded()) {
				planned.accept(call, RecordingPlan.none());
			}
			else if (!own.isEmpty() && own.stream().allMatch(RecordingSources::hasMedia)) {
				planned.accept(call, RecordingPlan.ofDelivered(downloads(own)));
			}
			else {
				listed(genesys, call, planned, failed);
			}
		}
		catch (RuntimeException ex) {
			failed.accept(call, ex);
		}
	}

	private void listed(GenesysClient genesys, CallWork call, BiConsumer<CallWork, RecordingPlan> planned,
			BiConsumer<CallWork, RuntimeException> failed) {
		try {
			List<Recording> recordings = this.lister.list(genesys, call.conversationId());
			planned.accept(call,
					RecordingPlan.of(recordings, call.details(), this.clock.instant(), this.recordingWait));
		}
		catch (RuntimeException ex) {
			failed.accept(call, ex);
		}
	}

	/** An audio file to download; anything else (an error, a screen recording) is not. */
	private static boolean hasMedia(BatchResult result) {
		String type = result.contentType();
		String url = result.resultUrl();
		return result.errorMsg() == null && url != null && !url.isBlank() && result.recordingId() != null
				&& (type == null || type.toLowerCase(java.util.Locale.ROOT).startsWith("audio/"));
	}

	private static List<Download> downloads(List<BatchResult> results) {
		List<Download> downloads = new ArrayList<>();
		for (BatchResult result : results) {
			URI uri;
			try {
				uri = URI.create(Objects.requireNonNull(result.resultUrl()).trim());
			}
			catch (IllegalArgumentException ex) {
				throw new ImportFailureException(ReasonCode.BAD_DATA,
						"Recording " + result.recordingId() + " has a result URL that is not a URI", ex);
			}
			downloads.add(new Download(Objects.requireNonNull(result.recordingId()), uri, null));
		}
		return downloads;
	}

	private static RuntimeException unwrap(Throwable error) {
		Throwable cause = (error instanceof java.util.concurrent.CompletionException && error.getCause() != null)
				? error.getCause() : error;
		return (cause instanceof RuntimeException runtime) ? runtime
				: new IllegalStateException("The recording batch job failed", cause);
	}

}
