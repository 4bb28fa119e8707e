package io.callimport.producer.reconciliation;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.analytics.ConversationSearch;
import io.callimport.genesys.analytics.ConversationSummary;
import io.callimport.genesys.analytics.DetailsJobPage;
import io.callimport.genesys.analytics.DetailsJobStatus;
import io.callimport.genesys.analytics.EndedCallsQuery;
import io.callimport.genesys.failure.GenesysException;

/**
 * Analytics over a list of conversations set by the test. The query lists those of the
 * users that started in its interval, newest end first; a job those whose lifetime
 * overlaps its interval, oldest end first, by cursor. Every call is recorded.
 */
final class FakeConversationSearch implements ConversationSearch {

	private final List<ConversationSummary> conversations = new ArrayList<>();

	final List<EndedCallsQuery> queries = new ArrayList<>();

	final List<Integer> queriedPages = new ArrayList<>();

	final List<EndedCallsQuery> jobs = new ArrayList<>();

	final List<String> deletedJobs = new ArrayList<>();

	final List<@Nullable String> readCursors = new ArrayList<>();

	int statusChecks;

	int availabilityChecks;

	@Nullable Instant availableUntil;

	/** The states a job reports, one per check; FULFILLED once they are used up. */
	final Deque<DetailsJobStatus> jobStates = new ArrayDeque<>();

	@Nullable GenesysException submitFailure;

	static ConversationSummary call(String id, String start, String end, String... userIds) {
		return new ConversationSummary(id, Instant.parse(start), Instant.parse(end), List.of(userIds));
	}

	void add(ConversationSummary... conversations) {
		this.conversations.addAll(List.of(conversations));
	}

	@Override
	public List<ConversationSummary> query(GenesysClient client, EndedCallsQuery query, int pageSize, int pageNumber) {
		this.queries.add(query);
		this.queriedPages.add(pageNumber);
		List<ConversationSummary> listed = of(query).stream()
			.filter((conversation) -> conversation.start() == null
					|| (!conversation.start().isBefore(query.from()) && conversation.start().isBefore(query.to())))
			.sorted(Comparator.comparing(ConversationSummary::end, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
		int from = Math.min((pageNumber - 1) * pageSize, listed.size());
		return listed.subList(from, Math.min(from + pageSize, listed.size()));
	}

	@Override
	public Optional<Instant> jobsAvailableUntil(GenesysClient client) {
		this.availabilityChecks++;
		return Optional.ofNullable(this.availableUntil);
	}

	@Override
	public String submitJob(GenesysClient client, EndedCallsQuery query) {
		if (this.submitFailure != null) {
			throw this.submitFailure;
		}
		this.jobs.add(query);
		return "job-" + this.jobs.size();
	}

	@Override
	public DetailsJobStatus jobStatus(GenesysClient client, String jobId) {
		this.statusChecks++;
		DetailsJobStatus next = this.jobStates.poll();
		return (next != null) ? next : new DetailsJobStatus(DetailsJobStatus.State.FULFILLED, null);
	}

	@Override
	public DetailsJobPage jobResults(GenesysClient client, String jobId, @Nullable String cursor, int pageSize) {
		this.readCursors.add(cursor);
		EndedCallsQuery query = this.jobs.get(Integer.parseInt(jobId.substring("job-".length())) - 1);
		List<ConversationSummary> listed = of(query).stream()
			.filter((conversation) -> conversation.end() != null && !conversation.end().isBefore(query.from())
					&& conversation.start() != null && conversation.start().isBefore(query.to()))
			.sorted(Comparator.comparing(ConversationSummary::end))
			.toList();
		int from = (cursor != null) ? Integer.parseInt(cursor) : 0;
		int to = Math.min(from + pageSize, listed.size());
		return new DetailsJobPage(listed.subList(from, to), (to < listed.size()) ? String.valueOf(to) : null);
	}

	@Override
	public void deleteJob(GenesysClient client, String jobId) {
		this.deletedJobs.add(jobId);
	}

	private List<ConversationSummary> of(EndedCallsQuery query) {
		return this.conversations.stream()
			.filter((conversation) -> conversation.participantUserIds().stream().anyMatch(query.userIds()::contains))
			.toList();
	}

}
