package io.callimport.producer.reconciliation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.callimport.genesys.analytics.DetailsJobStatus;
import io.callimport.genesys.analytics.DetailsJobStatus.State;
import io.callimport.producer.OfflineGenesys;

import static io.callimport.producer.reconciliation.FakeConversationSearch.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An async details job from submission to deletion, against a fake search.
 */
class DetailsJobResultsTests {

	private static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");

	private static final Instant TO = Instant.parse("2026-12-02T00:00:00Z");

	private final FakeConversationSearch search = new FakeConversationSearch();

	private final AtomicInteger requests = new AtomicInteger();

	@Test
	void waitsUntilTheJobIsFulfilledReadsEveryPageByCursorAndDeletesTheJob() {
		for (int i = 0; i < 5; i++) {
			Instant start = FROM.plusSeconds(3600L * (i + 1));
			this.search.add(call("in-" + i, start.toString(), start.plusSeconds(60).toString(), "u1"));
		}
		this.search.add(call("overlaps-end", "2026-12-01T23:59:00Z", "2026-12-02T00:03:00Z", "u1"),
				call("other-agent", "2026-12-01T04:30:00Z", "2026-12-01T04:31:00Z", "u2", "u1"));
		this.search.jobStates.add(new DetailsJobStatus(State.QUEUED, null));
		this.search.jobStates.add(new DetailsJobStatus(State.PENDING, null));

		List<FoundConversation> found = results(2).find(OfflineGenesys.client(), List.of("u1"), Set.of("u1"), FROM, TO,
				this.requests);

		assertThat(found).extracting(FoundConversation::conversationId)
			.containsExactly("in-0", "in-1", "in-2", "in-3", "other-agent", "in-4");
		assertThat(this.search.jobs).singleElement().satisfies((job) -> {
			assertThat(job.userIds()).containsExactly("u1");
			assertThat(job.from()).as("no lookback for jobs").isEqualTo(FROM);
		});
		assertThat(this.search.statusChecks).isEqualTo(3);
		assertThat(this.search.readCursors).containsExactly(null, "2", "4", "6");
		assertThat(this.search.deletedJobs).containsExactly("job-1");
		assertThat(this.requests).as("submit, 3 checks, 4 pages, delete").hasValue(9);
	}

	@Test
	void aJobThatFailsEndsInDetailsJobFailedAndIsDeleted() {
		this.search.add(call("in", "2026-12-01T10:00:00Z", "2026-12-01T10:05:00Z", "u1"));
		this.search.jobStates.add(new DetailsJobStatus(State.FAILED, "data lake unavailable"));

		assertThatExceptionOfType(DetailsJobFailed.class).isThrownBy(
				() -> results(2).find(OfflineGenesys.client(), List.of("u1"), Set.of("u1"), FROM, TO, this.requests))
			.withMessageContaining("FAILED")
			.withMessageContaining("data lake unavailable");
		assertThat(this.search.readCursors).isEmpty();
		assertThat(this.search.deletedJobs).containsExactly("job-1");
	}

	@Test
	void aJobNotFulfilledWithinTheMaximumWaitFails() {
		for (int i = 0; i < 100; i++) {
			this.search.jobStates.add(new DetailsJobStatus(State.PENDING, null));
		}
		ReconciliationProperties.Jobs jobs = new ReconciliationProperties.Jobs(true, Duration.ofHours(6),
				Duration.ofMillis(50), Duration.ofMillis(200), 1000);
		DetailsJobResults results = new DetailsJobResults(this.search, Reconciliations.properties(100, 50, 2000, jobs));

		assertThatExceptionOfType(DetailsJobFailed.class)
			.isThrownBy(
					() -> results.find(OfflineGenesys.client(), List.of("u1"), Set.of("u1"), FROM, TO, this.requests))
			.withMessageContaining("not fulfilled within PT0.2S");
		assertThat(this.search.statusChecks).isBetween(2, 5);
		assertThat(this.search.deletedJobs).containsExactly("job-1");
	}

	private DetailsJobResults results(int pageSize) {
		return new DetailsJobResults(this.search,
				Reconciliations.properties(100, 50, 2000, Reconciliations.jobs(true, pageSize)));
	}

}
