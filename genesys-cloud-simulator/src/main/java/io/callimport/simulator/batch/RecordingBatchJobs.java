package io.callimport.simulator.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.mypurecloud.sdk.v2.model.BatchDownloadRequest;
import io.callimport.simulator.auth.AccessToken;
import io.callimport.simulator.conversation.Conversation;
import io.callimport.simulator.conversation.ConversationRegistry;
import io.callimport.simulator.conversation.PlannedRecording;
import io.callimport.simulator.organization.OrganizationRemoved;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.web.GenesysApiException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Batch jobs by id. A job's entries are resolved to recordings when it is submitted, so
 * {@code expectedResultCount} is fixed then: an entry without {@code recordingId} stands
 * for every recording of the conversation (none for a call without one), an unknown
 * conversation or recording for one error result. Jobs are kept for a day.
 */
@Component
class RecordingBatchJobs {

	static final int MAX_ENTRIES = 100;

	private static final Duration LIFETIME = Duration.ofHours(24);

	private final Map<String, RecordingBatchJob> jobs = new ConcurrentHashMap<>();

	private final ConversationRegistry conversations;

	private final Clock clock;

	RecordingBatchJobs(ConversationRegistry conversations, Clock clock) {
		this.conversations = conversations;
		this.clock = clock;
	}

	RecordingBatchJob submit(SimulatedOrganization org, String clientId, List<BatchDownloadRequest> entries) {
		if (entries.isEmpty()) {
			throw new GenesysApiException(400, "batch.download.bad.request",
					"Request list is required and must not be empty");
		}
		if (entries.size() > MAX_ENTRIES) {
			throw new GenesysApiException(400, "batch.download.too.many.items",
					"Too many items requested, max " + MAX_ENTRIES + " allowed");
		}
		List<BatchTarget> targets = new ArrayList<>();
		for (BatchDownloadRequest entry : entries) {
			targets.addAll(resolve(org, entry));
		}
		Instant now = this.clock.instant();
		RecordingBatchJob job = new RecordingBatchJob(UUID.randomUUID().toString(), org.id(), clientId, now,
				org.scenario().batchProcessingTime(), List.copyOf(targets));
		this.jobs.values().removeIf((old) -> old.submitted().plus(LIFETIME).isBefore(now));
		this.jobs.put(job.id(), job);
		return job;
	}

	/**
	 * The job, for the client that submitted it: another client of its organisation gets
	 * Genesys' 403, anyone else the 404 of an unknown job.
	 */
	RecordingBatchJob find(AccessToken caller, String jobId) {
		RecordingBatchJob job = this.jobs.get(jobId);
		if (job == null || !job.organizationId().equals(caller.organizationId())) {
			throw new GenesysApiException(404, "batch.download.job.not.found", "The requested job is unknown");
		}
		if (!job.clientId().equals(caller.clientId())) {
			throw new GenesysApiException(403, "batch.download.permission.denied",
					"Only user that initiated the job can request results");
		}
		return job;
	}

	private List<BatchTarget> resolve(SimulatedOrganization org, @Nullable BatchDownloadRequest entry) {
		String conversationId = (entry != null) ? entry.getConversationId() : null;
		if (entry == null || conversationId == null || conversationId.isBlank()) {
			throw GenesysApiException.badRequest("Every entry of batchDownloadRequestList needs a conversationId");
		}
		Optional<Conversation> found = this.conversations.find(org.id(), conversationId);
		if (found.isEmpty()) {
			return List.of(BatchTarget.failed(conversationId, entry.getRecordingId(),
					"The requested conversation was not found."));
		}
		Conversation conversation = found.get();
		Instant readyAt = conversation.end().plus(org.scenario().recordingReadyAfter());
		List<PlannedRecording> recordings = conversation.recordings()
			.stream()
			.filter((r) -> entry.getRecordingId() == null || r.id().equals(entry.getRecordingId()))
			.toList();
		if (entry.getRecordingId() != null && recordings.isEmpty()) {
			return List.of(BatchTarget.failed(conversationId, entry.getRecordingId(),
					"The requested recording was not found in the conversation."));
		}
		return recordings.stream().map((recording) -> BatchTarget.of(recording, readyAt)).toList();
	}

	@EventListener
	void on(OrganizationRemoved removed) {
		this.jobs.values().removeIf((job) -> job.organizationId().equals(removed.organizationId()));
	}

}
