package io.callimport.producer.reconciliation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.callimport.genesys.analytics.ConversationSummary;
import io.callimport.producer.OfflineGenesys;

import static io.callimport.producer.reconciliation.FakeConversationSearch.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The details query's paging and the window applied to what it lists, against a fake
 * search.
 */
class DetailsQueryPagesTests {

	private static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");

	private static final Instant TO = Instant.parse("2026-12-02T00:00:00Z");

	private static final Set<String> AGENTS = Set.of("u1", "u2");

	private final FakeConversationSearch search = new FakeConversationSearch();

	private final AtomicInteger requests = new AtomicInteger();

	@Test
	void listsTheGroupAgentsConversationsThatEndedInTheWindow() {
		this.search.add(call("in", "2026-12-01T10:00:00Z", "2026-12-01T10:05:00Z", "customer", "u1"),
				call("started-before", "2026-11-30T23:58:00Z", "2026-12-01T00:01:00Z", "u2"),
				call("ended-before", "2026-11-30T23:00:00Z", "2026-11-30T23:59:59Z", "u1"),
				call("ended-after", "2026-12-01T23:58:00Z", "2026-12-02T00:00:00Z", "u1"),
				call("outsider-only", "2026-12-01T11:00:00Z", "2026-12-01T11:05:00Z", "u9"),
				new ConversationSummary("no-end", Instant.parse("2026-12-01T12:00:00Z"), null, List.of("u1")));

		List<FoundConversation> found = pages(10).find(OfflineGenesys.client(), List.of("u1", "u2"), AGENTS, FROM, TO,
				WindowMatch.ENDED_WITHIN, this.requests);

		assertThat(found).extracting(FoundConversation::conversationId).containsExactly("in", "started-before");
		assertThat(found.get(0).agentUserId()).isEqualTo("u1");
		assertThat(this.search.queries).singleElement().satisfies((query) -> {
			assertThat(query.from()).as("12 h lookback").isEqualTo(Instant.parse("2026-11-30T12:00:00Z"));
			assertThat(query.to()).isEqualTo(TO);
		});
	}

	@Test
	void aGapWindowTakesEveryConversationGoingOnDuringIt() {
		Instant gapFrom = Instant.parse("2026-12-01T10:00:00Z");
		Instant gapTo = Instant.parse("2026-12-01T10:10:00Z");
		this.search.add(call("through", "2026-12-01T09:50:00Z", "2026-12-01T10:20:00Z", "u1"),
				call("ended-in", "2026-12-01T09:55:00Z", "2026-12-01T10:01:00Z", "u1"),
				call("before", "2026-12-01T09:00:00Z", "2026-12-01T09:59:00Z", "u1"),
				call("after", "2026-12-01T10:10:00Z", "2026-12-01T10:15:00Z", "u1"));

		List<FoundConversation> found = pages(10).find(OfflineGenesys.client(), List.of("u1"), AGENTS, gapFrom, gapTo,
				WindowMatch.OVERLAPPING, this.requests);

		assertThat(found).extracting(FoundConversation::conversationId)
			.containsExactlyInAnyOrder("through", "ended-in");
	}

	@Test
	void readsPagesUntilTheEndsFallBeforeTheWindow() {
		for (int i = 0; i < 5; i++) {
			Instant start = FROM.plusSeconds(3600L * (i + 1));
			this.search.add(call("in-" + i, start.toString(), start.plusSeconds(60).toString(), "u1"));
			Instant earlier = FROM.minusSeconds(600L * (i + 1));
			this.search.add(call("before-" + i, earlier.toString(), earlier.plusSeconds(60).toString(), "u1"));
		}

		List<FoundConversation> found = pages(2).find(OfflineGenesys.client(), List.of("u1"), AGENTS, FROM, TO,
				WindowMatch.ENDED_WITHIN, this.requests);

		assertThat(found).hasSize(5);
		assertThat(this.search.queriedPages).as("the third page reaches before the window").containsExactly(1, 2, 3);
		assertThat(this.requests).hasValue(3);
	}

	@Test
	void refusesAWindowThatWithItsLookbackSpansMoreThan31DaysBeforeAnyRequest() {
		Instant to = FROM.plusSeconds(31L * 86_400);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> pages(10).find(OfflineGenesys.client(), List.of("u1"), AGENTS, FROM, to,
					WindowMatch.ENDED_WITHIN, this.requests))
			.withMessageContaining("31 days");
		assertThat(this.search.queries).isEmpty();
	}

	@Test
	void stopsARunawayListingAtTheMaximumPages() {
		for (int i = 0; i < 10; i++) {
			Instant start = FROM.plusSeconds(60L * i);
			this.search.add(call("in-" + i, start.toString(), start.plusSeconds(30).toString(), "u1"));
		}
		DetailsQueryPages pages = new DetailsQueryPages(this.search,
				Reconciliations.properties(2, 50, 3, Reconciliations.jobs(false, 1000)));

		assertThatIllegalStateException().isThrownBy(() -> pages.find(OfflineGenesys.client(), List.of("u1"), AGENTS,
				FROM, TO, WindowMatch.ENDED_WITHIN, this.requests));
		assertThat(this.search.queriedPages).containsExactly(1, 2, 3);
	}

	private DetailsQueryPages pages(int pageSize) {
		return new DetailsQueryPages(this.search,
				Reconciliations.properties(pageSize, 50, 2000, Reconciliations.jobs(false, 1000)));
	}

}
