package io.callimport.producer.reconciliation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.analytics.ConversationSearch;
import io.callimport.genesys.analytics.ConversationSummary;
import io.callimport.genesys.analytics.DetailsJobPage;
import io.callimport.genesys.analytics.DetailsJobStatus;
import io.callimport.genesys.analytics.EndedCallsQuery;
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

	private final ConversationSearch search;

	private final ReconciliationProperties properties;

	DetailsJobResults(ConversationSearch search, ReconciliationProperties properties) {
		this.search = search;
		this.properties = properties;
	}

	List<FoundConversation> find(GenesysClient client, List<String> chunk, Set<String> agents, Instant from, Instant to,
			AtomicInteger requests) {
		requests.incrementAndGet();
		String jobId = this.search.submitJob(client, new EndedCallsQuery(chunk, from, to));
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
			DetailsJobStatus status = this.search.jobStatus(client, jobId);
			DetailsJobStatus.State state = status.state();
			if (state == DetailsJobStatus.State.FULFILLED) {
				return;
			}
			if (status.failed()) {
				throw new DetailsJobFailed("Details job " + jobId + " ended " + state + ": " + status.errorMessage());
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
		@Nullable String cursor = null;
		for (int page = 1; page <= this.properties.maxPages(); page++) {
			requests.incrementAndGet();
			DetailsJobPage results = this.search.jobResults(client, jobId, cursor, this.properties.jobs().pageSize());
			for (ConversationSummary conversation : results.conversations()) {
				FoundConversation candidate = FoundConversation.of(conversation, agents);
				if (candidate != null && candidate.endedWithin(from, to)) {
					found.add(candidate);
				}
			}
			if (!results.hasNext()) {
				return found;
			}
			cursor = results.cursor();
		}
		throw new IllegalStateException("The details job has more than " + this.properties.maxPages()
				+ " pages of results; shorten the window");
	}

	private void delete(GenesysClient client, String jobId, AtomicInteger requests) {
		try {
			requests.incrementAndGet();
			this.search.deleteJob(client, jobId);
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

}
