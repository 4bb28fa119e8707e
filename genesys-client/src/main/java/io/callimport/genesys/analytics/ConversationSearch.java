package io.callimport.genesys.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.failure.GenesysException;

/**
 * Lists ended voice conversations of given users from Genesys analytics, with the paged
 * details query or an async details job (submit, poll, read by cursor, delete). Requests
 * go through the given client (its lane and budget); failures are classified
 * {@link GenesysException}s.
 */
public interface ConversationSearch {

	/** The longest interval the details query accepts with filters. */
	Duration MAX_QUERY_INTERVAL = Duration.ofDays(31);

	/** The largest page of the details query. */
	int MAX_QUERY_PAGE_SIZE = 100;

	/** The largest page of a details job's results. */
	int MAX_JOB_PAGE_SIZE = 1000;

	/** The implementation on the Genesys SDK. */
	static ConversationSearch overSdk() {
		return new SdkConversationSearch();
	}

	/**
	 * One page of the details query, newest end first. The query selects conversations by
	 * their start day, so callers apply their own window to what it lists.
	 * @param pageNumber from 1
	 * @return at most {@code pageSize} conversations; fewer on the last page
	 * @throws IllegalArgumentException when the interval is longer than
	 * {@link #MAX_QUERY_INTERVAL} or the page size is out of range
	 */
	List<ConversationSummary> query(GenesysClient client, EndedCallsQuery query, int pageSize, int pageNumber);

	/**
	 * Until when the data lake the jobs read is complete, if Genesys says.
	 */
	Optional<Instant> jobsAvailableUntil(GenesysClient client);

	/**
	 * Submits a details job for every such conversation whose lifetime overlaps the
	 * interval, oldest end first.
	 * @return the job id
	 * @throws GenesysException {@code PERMANENT} also when Genesys accepts the job
	 * without an id
	 */
	String submitJob(GenesysClient client, EndedCallsQuery query);

	DetailsJobStatus jobStatus(GenesysClient client, String jobId);

	/**
	 * A page of a fulfilled job's results.
	 * @param cursor null for the first page, else the previous page's cursor
	 */
	DetailsJobPage jobResults(GenesysClient client, String jobId, @Nullable String cursor, int pageSize);

	void deleteJob(GenesysClient client, String jobId);

}
