package io.callimport.producer.reconciliation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.mypurecloud.sdk.v2.model.AnalyticsConversation;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationAsyncQueryResponse;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipant;
import com.mypurecloud.sdk.v2.model.AsyncQueryStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.failure.GenesysException;

/**
 * Lists one chunk of agents' conversations that ended in a settled window with an async
 * details job: submit, wait until it is fulfilled, read the results by cursor, delete it.
 * A job that fails, expires or takes too long ends in {@link DetailsJobFailed}, so that
 * the query lists the window instead.
 */
@Component
class DetailsJobResults {

	private static final Logger log = LoggerFactory.getLogger(DetailsJobResults.class);

	private final ReconciliationProperties properties;

	DetailsJobResults(ReconciliationProperties properties) {
		this.properties = properties;
	}

	List<FoundConversation> find(GenesysClient client, List<String> chunk, Set<String> agents, Instant from, Instant to,
			AtomicInteger requests) {
		requests.incrementAndGet();
		String jobId = client
			.call(() -> client.analytics()
				.postAnalyticsConversationsDetailsJobs(AnalyticsQueries.endedVoiceConversationsJob(chunk, from, to)))
			.getJobId();
		if (jobId == null) {
			throw new DetailsJobFailed("Genesys accepted the details job without a job id");
		}
		try {
			awaitFulfilled(client, jobId, requests);
			return results(client, jobId, agents, from, to, requests);
		}
		finally {
			delete(client, jobId, requests);
		}
	}

	private void awaitFulfilled(GenesysClient client, String jobId, AtomicInteger requests) {
		long deadline = System.nanoTime() + this.properties.jobs().maxWait().toNanos();
		while (true) {
			requests.incrementAndGet();
			AsyncQueryStatus status = client.call(() -> client.analytics().getAnalyticsConversationsDetailsJob(jobId));
			AsyncQueryStatus.StateEnum state = status.getState();
			if (state == AsyncQueryStatus.StateEnum.FULFILLED) {
				return;
			}
			if (state == AsyncQueryStatus.StateEnum.FAILED || state == AsyncQueryStatus.StateEnum.CANCELLED
					|| state == AsyncQueryStatus.StateEnum.EXPIRED) {
				throw new DetailsJobFailed(
						"Details job " + jobId + " ended " + state + ": " + status.getErrorMessage());
			}
			if (System.nanoTime() - deadline >= 0) {
				throw new DetailsJobFailed("Details job " + jobId + " was not fulfilled within "
						+ this.properties.jobs().maxWait() + " (state " + state + ")");
			}
			pause();
		}
	}

	private List<FoundConversation> results(GenesysClient client, String jobId, Set<String> agents, Instant from,
			Instant to, AtomicInteger requests) {
		List<FoundConversation> found = new ArrayList<>();
		String cursor = null;
		for (int page = 1; page <= this.properties.maxPages(); page++) {
			String current = cursor;
			requests.incrementAndGet();
			AnalyticsConversationAsyncQueryResponse response = client.call(() -> client.analytics()
				.getAnalyticsConversationsDetailsJobResults(jobId, current, this.properties.jobs().pageSize()));
			List<AnalyticsConversation> conversations = (response.getConversations() != null)
					? response.getConversations() : List.of();
			for (AnalyticsConversation conversation : conversations) {
				FoundConversation candidate = candidate(conversation, agents);
				if (candidate != null && candidate.endedWithin(from, to)) {
					found.add(candidate);
				}
			}
			cursor = response.getCursor();
			if (cursor == null || cursor.isEmpty()) {
				return found;
			}
		}
		throw new IllegalStateException("The details job has more than " + this.properties.maxPages()
				+ " pages of results; shorten the window");
	}

	private void delete(GenesysClient client, String jobId, AtomicInteger requests) {
		try {
			requests.incrementAndGet();
			client.call(() -> {
				client.analytics().deleteAnalyticsConversationsDetailsJob(jobId);
				return null;
			});
		}
		catch (GenesysException ex) {
			log.debug("Deleting details job {} failed; it expires by itself: {}", jobId, ex.getMessage());
		}
	}

	private void pause() {
		try {
			Thread.sleep(this.properties.jobs().pollInterval().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ReconciliationInterrupted("Interrupted while waiting for a details job");
		}
	}

	private static @Nullable FoundConversation candidate(AnalyticsConversation conversation, Set<String> agents) {
		List<AnalyticsParticipant> participants = (conversation.getParticipants() != null)
				? conversation.getParticipants() : List.of();
		return FoundConversation.of(conversation.getConversationId(), conversation.getConversationStart(),
				conversation.getConversationEnd(), participants.stream().map(AnalyticsParticipant::getUserId), agents);
	}

}
