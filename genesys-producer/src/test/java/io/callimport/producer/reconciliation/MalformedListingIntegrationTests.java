package io.callimport.producer.reconciliation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.callimport.producer.FlowContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reconciliation's listing with an id that is not a UUID (against the real database and
 * broker): the good conversations are published, the bad one is parked as an
 * {@code INVALID_CONVERSATION_ID} failure and does not count as a failure of the run.
 */
class MalformedListingIntegrationTests extends FlowContext {

	@Autowired
	MissingConversations missing;

	@Test
	void aListedIdThatIsNotAUuidIsParkedAndTheOthersArePublished() {
		Instant end = Instant.parse("2026-11-24T10:00:00Z");
		String malformed = "../" + UUID.randomUUID();
		String good = UUID.randomUUID().toString();
		List<FoundConversation> listed = List.of(new FoundConversation(malformed, "agent", end.minusSeconds(60), end),
				new FoundConversation(good, "agent", end.minusSeconds(60), end));

		WindowCounts counts = this.missing.requeue(TENANT, RunKind.MANUAL, listed, false, () -> true);

		assertThat(counts.requeued()).isEqualTo(1);
		assertThat(counts.failed()).isZero();
		await().atMost(Duration.ofSeconds(10)).until(() -> ended().messagesFor(List.of(good)).size() == 1);
		assertThat(ended().messagesFor(List.of(malformed))).isEmpty();
		assertThat(this.jdbc.sql("""
				SELECT reason_code FROM import_failures WHERE tenant_id = :tenant AND conversation_id = :id
				""").param("tenant", TENANT).param("id", malformed).query(String.class).list())
			.containsExactly("INVALID_CONVERSATION_ID");
	}

}
