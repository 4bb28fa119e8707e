package io.callimport.producer.publishing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.callimport.producer.JpaSliceContext;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxEntryRepositoryTests extends JpaSliceContext {

	@Autowired
	OutboxEntryRepository entries;

	@Autowired
	PublishedConversationRepository conversations;

	@Test
	void claimsDueRowsOldestFirstAndLeavesFailedOnesUntilTheirRetry() {
		OutboxEntry first = entry("t-claim", "c-1");
		OutboxEntry second = entry("t-claim", "c-2");
		entry("t-other", "c-3");

		assertThat(this.entries.claim("t-claim", 10)).extracting(OutboxEntry::getId)
			.containsExactlyInAnyOrder(first.getId(), second.getId());
		assertThat(this.entries.markFailed(first.getId(), "nack", 60_000)).isEqualTo(1);
		assertThat(this.entries.claim("t-claim", 10)).extracting(OutboxEntry::getId).containsExactly(second.getId());
		assertThat(this.entries.countByTenantIdAndPublishedAtIsNull("t-claim")).isEqualTo(2);

		assertThat(this.entries.makeDue("t-claim")).isEqualTo(1);
		assertThat(this.entries.markPublished(List.of(second.getId()))).isEqualTo(1);

		List<OutboxEntry> due = this.entries.claim("t-claim", 10);
		assertThat(due).extracting(OutboxEntry::getId).containsExactly(first.getId());
		assertThat(due.get(0).message().attempts()).isEqualTo(1);
		assertThat(this.entries.countByTenantIdAndPublishedAtIsNull("t-claim")).isEqualTo(1);
	}

	@Test
	void retentionDeletesOnlyPublishedRowsBeforeTheCutOffInBatches() {
		OutboxEntry published = entry("t-retention", "c-1");
		OutboxEntry alsoPublished = entry("t-retention", "c-2");
		OutboxEntry waiting = entry("t-retention", "c-3");
		this.entries.markPublished(List.of(published.getId(), alsoPublished.getId()));
		Instant later = Instant.now().plusSeconds(60);

		assertThat(this.entries.deletePublishedBefore("t-retention", later, 1)).isEqualTo(1);
		assertThat(this.entries.deletePublishedBefore("t-retention", later, 10)).isEqualTo(1);
		assertThat(this.entries.deletePublishedBefore("t-retention", later, 10)).isZero();
		assertThat(this.entries.claim("t-retention", 10)).extracting(OutboxEntry::getId)
			.containsExactly(waiting.getId());
	}

	@Test
	void aConversationIsInsertedOnceAndCanBeMarkedRequeued() {
		Instant detected = Instant.parse("2026-12-01T10:00:00Z");

		assertThat(this.conversations.insertIfAbsent("t-dedup", "c-1", UUID.randomUUID(), "WEBSOCKET", null, null,
				detected))
			.isEqualTo(1);
		assertThat(this.conversations.insertIfAbsent("t-dedup", "c-1", UUID.randomUUID(), "RECONCILIATION", "agent",
				detected, detected))
			.isZero();
		assertThat(this.conversations.markRequeued("t-dedup", "c-1", detected.plusSeconds(3600))).isEqualTo(1);
		assertThat(this.conversations.deleteDetectedBefore("t-dedup", detected.plusSeconds(1), 10)).isEqualTo(1);
	}

	private OutboxEntry entry(String tenantId, String conversationId) {
		return this.entries.saveAndFlush(new OutboxEntry(UUID.randomUUID(), tenantId, conversationId, "exchange",
				"routing.key", "ConversationEnded", "{}", "WEBSOCKET"));
	}

}
