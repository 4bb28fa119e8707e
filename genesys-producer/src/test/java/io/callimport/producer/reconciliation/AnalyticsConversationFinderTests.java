package io.callimport.producer.reconciliation;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.callimport.genesys.analytics.DetailsJobStatus;
import io.callimport.genesys.analytics.DetailsJobStatus.State;
import io.callimport.genesys.analytics.EndedCallsQuery;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailure;
import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.producer.OfflineGenesys;

import static io.callimport.producer.reconciliation.FakeConversationSearch.call;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which part of a window a details job lists and which the query, against a fake search.
 */
class AnalyticsConversationFinderTests {

	private static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");

	private static final Instant TO = Instant.parse("2026-12-02T00:00:00Z");

	private static final Instant SETTLED = Instant.parse("2026-12-01T18:00:00Z");

	private final FakeConversationSearch search = new FakeConversationSearch();

	private final AtomicInteger requests = new AtomicInteger();

	@Test
	void listsTheSettledPartWithAJobAndTheNewestPartWithTheQuery() {
		this.search.availableUntil = SETTLED;
		this.search.add(call("settled", "2026-12-01T10:00:00Z", "2026-12-01T10:05:00Z", "u1"),
				call("newest", "2026-12-01T20:00:00Z", "2026-12-01T20:05:00Z", "u1"));

		List<FoundConversation> found = finder(true, 50).find(OfflineGenesys.client(), List.of("u1"), FROM, TO,
				WindowMatch.ENDED_WITHIN, this.requests);

		assertThat(found).extracting(FoundConversation::conversationId).containsExactly("settled", "newest");
		assertThat(this.search.jobs).singleElement()
			.satisfies((job) -> assertThat(List.of(job.from(), job.to())).containsExactly(FROM, SETTLED));
		assertThat(this.search.queries).singleElement().satisfies((query) -> assertThat(query.to()).isEqualTo(TO));
		assertThat(this.search.deletedJobs).containsExactly("job-1");
	}

	@Test
	void listsTheWholeWindowWithTheQueryWhenTheJobFails() {
		this.search.availableUntil = TO;
		this.search.jobStates.add(new DetailsJobStatus(State.EXPIRED, null));
		this.search.add(call("settled", "2026-12-01T10:00:00Z", "2026-12-01T10:05:00Z", "u1"));

		List<FoundConversation> found = finder(true, 50).find(OfflineGenesys.client(), List.of("u1"), FROM, TO,
				WindowMatch.ENDED_WITHIN, this.requests);

		assertThat(found).extracting(FoundConversation::conversationId).containsExactly("settled");
		assertThat(this.search.queries).extracting(EndedCallsQuery::to).containsExactly(TO);
	}

	@Test
	void listsTheWholeWindowWithTheQueryWhenGenesysRefusesTheJob() {
		this.search.availableUntil = TO;
		this.search.submitFailure = new GenesysException(
				new GenesysFailure(GenesysFailureKind.FORBIDDEN, 403, null, null, null, "no permission", null));
		this.search.add(call("settled", "2026-12-01T10:00:00Z", "2026-12-01T10:05:00Z", "u1"));

		List<FoundConversation> found = finder(true, 50).find(OfflineGenesys.client(), List.of("u1"), FROM, TO,
				WindowMatch.ENDED_WITHIN, this.requests);

		assertThat(found).extracting(FoundConversation::conversationId).containsExactly("settled");
	}

	@Test
	void neitherAGapWindowNorAShortSettledPartUsesAJob() {
		this.search.availableUntil = FROM.plusSeconds(3600);
		this.search.add(call("c", "2026-12-01T10:00:00Z", "2026-12-01T10:05:00Z", "u1"));

		finder(true, 50).find(OfflineGenesys.client(), List.of("u1"), FROM, TO, WindowMatch.OVERLAPPING, this.requests);
		finder(true, 50).find(OfflineGenesys.client(), List.of("u1"), FROM, TO, WindowMatch.ENDED_WITHIN,
				this.requests);

		assertThat(this.search.availabilityChecks).as("asked for the ended-within window only").isEqualTo(1);
		assertThat(this.search.jobs).isEmpty();
		assertThat(this.search.queries).hasSize(2);
	}

	@Test
	void listsAgentsInChunksAndEachConversationOnce() {
		this.search.add(call("shared", "2026-12-01T10:00:00Z", "2026-12-01T10:05:00Z", "u1", "u4"),
				call("only-u5", "2026-12-01T11:00:00Z", "2026-12-01T11:05:00Z", "u5"));

		List<FoundConversation> found = finder(false, 2).find(OfflineGenesys.client(),
				List.of("u5", "u4", "u3", "u2", "u1"), FROM, TO, WindowMatch.ENDED_WITHIN, this.requests);

		assertThat(found).extracting(FoundConversation::conversationId).containsExactlyInAnyOrder("shared", "only-u5");
		assertThat(this.search.queries).extracting(EndedCallsQuery::userIds)
			.containsExactly(List.of("u1", "u2"), List.of("u3", "u4"), List.of("u5"));
		assertThat(this.search.availabilityChecks).as("jobs are off").isZero();
		assertThat(this.requests).hasValue(3);
	}

	private AnalyticsConversationFinder finder(boolean jobsEnabled, int usersPerQuery) {
		ReconciliationProperties properties = Reconciliations.properties(100, usersPerQuery, 2000,
				Reconciliations.jobs(jobsEnabled, 1000));
		return new AnalyticsConversationFinder(this.search, properties, new DetailsQueryPages(this.search, properties),
				new DetailsJobResults(this.search, properties));
	}

}
