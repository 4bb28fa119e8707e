package io.callimport.producer.reconciliation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.dao.DataAccessResourceFailureException;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.producer.publishing.ConversationOutbox;
import io.callimport.producer.publishing.ParkedConversations;
import io.callimport.producer.reconciliation.ImportStates.State;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Which listed conversations count as missing and what happens to each; the stores are
 * mocks (their SQL is covered by the integration tests).
 */
class MissingConversationsTests {

	private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

	private static final String IMPORTED = "00000000-0000-4000-8000-000000000001";

	private static final String IN_FLIGHT = "00000000-0000-4000-8000-000000000002";

	private static final String STRANDED = "00000000-0000-4000-8000-000000000003";

	private static final String MISSING = "00000000-0000-4000-8000-000000000004";

	private static final String PUBLISHED_MEANWHILE = "00000000-0000-4000-8000-000000000005";

	private static final String OUTBOX_DOWN = "00000000-0000-4000-8000-000000000006";

	private final ImportStates states = mock(ImportStates.class);

	private final ConversationOutbox outbox = mock(ConversationOutbox.class);

	private final ParkedConversations parked = mock(ParkedConversations.class);

	private final StrandedCalls stranded = mock(StrandedCalls.class);

	private final MissingConversations missing = new MissingConversations(this.states, this.outbox, this.parked,
			mock(PublishPacing.class), this.stranded, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void publishesOnlyWhatIsNeitherImportedNorOnItsWay() {
		List<FoundConversation> listed = List.of(found(IMPORTED), found(IN_FLIGHT), found(STRANDED), found(MISSING),
				found(PUBLISHED_MEANWHILE), found(OUTBOX_DOWN), found("not-a-uuid"));
		List<String> valid = List.of(IMPORTED, IN_FLIGHT, STRANDED, MISSING, PUBLISHED_MEANWHILE, OUTBOX_DOWN);
		when(this.states.of("tenant-a", valid))
			.thenReturn(Map.of(IMPORTED, State.IMPORTED, IN_FLIGHT, State.IN_FLIGHT, STRANDED, State.IN_FLIGHT, MISSING,
					State.MISSING, PUBLISHED_MEANWHILE, State.MISSING, OUTBOX_DOWN, State.MISSING));
		when(this.stranded.stale("tenant-a", valid)).thenReturn(Set.of(STRANDED));
		when(this.outbox.enqueueOnce(argThat((message) -> message != null && message.conversationId().equals(MISSING))))
			.thenReturn(true);
		when(this.outbox
			.enqueueOnce(argThat((message) -> message != null && message.conversationId().equals(OUTBOX_DOWN))))
			.thenThrow(new DataAccessResourceFailureException("down"));
		when(this.stranded.sweep("tenant-a")).thenReturn(2);

		WindowCounts counts = this.missing.requeue("tenant-a", RunKind.NIGHTLY, listed, false, () -> true);

		assertThat(counts).isEqualTo(new WindowCounts(6, 1, 2, 4, 1));
		ArgumentCaptor<ConversationEnded> published = ArgumentCaptor.forClass(ConversationEnded.class);
		verify(this.outbox, org.mockito.Mockito.times(3)).enqueueOnce(published.capture());
		assertThat(published.getAllValues()).extracting(ConversationEnded::conversationId)
			.containsExactly(MISSING, PUBLISHED_MEANWHILE, OUTBOX_DOWN);
		assertThat(published.getAllValues().get(0)).satisfies((message) -> {
			assertThat(message.source()).isEqualTo(CallSource.RECONCILIATION);
			assertThat(message.agentUserId()).isEqualTo("u1");
			assertThat(message.endedAt()).isEqualTo(Instant.parse("2026-12-01T10:05:00Z"));
			assertThat(message.detectedAt()).isEqualTo(NOW);
		});
		verify(this.stranded).requeue("tenant-a", found(STRANDED), CallSource.RECONCILIATION);
		verify(this.parked).park(argThat((message) -> message != null && message.conversationId().equals("not-a-uuid")),
				eq(ParkedConversations.INVALID_CONVERSATION_ID), anyString());
	}

	@Test
	void aBackfillPublishesAsBackfillAndSweepsNothing() {
		when(this.states.of("tenant-a", List.of(MISSING))).thenReturn(Map.of(MISSING, State.MISSING));
		when(this.stranded.stale(anyString(), anyList())).thenReturn(Set.of());
		when(this.outbox.enqueueOnce(any())).thenReturn(true);

		WindowCounts counts = this.missing.requeue("tenant-a", RunKind.BACKFILL, List.of(found(MISSING)), false,
				() -> true);

		assertThat(counts).isEqualTo(new WindowCounts(1, 0, 0, 1, 0));
		verify(this.outbox)
			.enqueueOnce(argThat((message) -> message != null && message.source() == CallSource.BACKFILL));
		verify(this.stranded, never()).sweep(anyString());
	}

	private static FoundConversation found(String conversationId) {
		return new FoundConversation(conversationId, "u1", Instant.parse("2026-12-01T10:00:00Z"),
				Instant.parse("2026-12-01T10:05:00Z"));
	}

}
