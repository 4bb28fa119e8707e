package io.callimport.producer.reconciliation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import io.callimport.model.message.CallIds;
import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.producer.FlowContext;
import io.callimport.simulator.control.CallRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reconciliation leaves no call waiting for ever: a conversation published long ago whose
 * call still has no final status is published again, and the nightly run replays a FAILED
 * call whose failure may pass by itself, a limited number of times, never one that needs
 * an operator. Real simulator, PostgreSQL and broker; the consumer's side (calls,
 * failures) is written as the consumer writes it.
 */
class StrandedCallsIntegrationTests extends FlowContext {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ReconciliationService reconciliation;

	@Test
	void strandedCallsArePublishedAgainAndTransientFailuresReplayedByTheNightlyRunOnly() {
		ensureWatching();
		Instant start = Instant.now().minus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
		List<String> ids = this.simulator.createCalls(genesys.organizationId(),
				CallRequest.answeredBy(genesys.agent(0))
					.withCount(6)
					.withTiming(Duration.ofSeconds(20), Duration.ZERO)
					.startedAt(start));
		String lost = ids.get(0);
		String failedTransient = ids.get(1);
		String failedPermanent = ids.get(2);
		String recentlyPublished = ids.get(3);
		String retriedEnough = ids.get(4);
		String imported = ids.get(5);
		Instant longAgo = Instant.now().minus(Duration.ofHours(7));
		ids.forEach((id) -> published(id, id.equals(recentlyPublished) ? Instant.now() : longAgo));
		call(failedTransient, "FAILED");
		failure(failedTransient, "DATABASE_UNAVAILABLE", "OPEN", false);
		call(failedPermanent, "FAILED");
		failure(failedPermanent, "GENESYS_FORBIDDEN", "OPEN", false);
		call(retriedEnough, "FAILED");
		for (int i = 0; i < 3; i++) {
			failure(retriedEnough, "GENESYS_UNAVAILABLE", "REPLAYED", true);
		}
		failure(retriedEnough, "GENESYS_UNAVAILABLE", "OPEN", false);
		call(imported, "QUEUED_FOR_ANALYSIS");
		Instant from = start.minus(Duration.ofMinutes(1));
		Instant to = start.plus(Duration.ofMinutes(2));

		RunResult manual = this.reconciliation.reconcile(RunKind.MANUAL, from, to, WindowMatch.ENDED_WITHIN);
		RunResult nightly = this.reconciliation.reconcile(RunKind.NIGHTLY, from, to, WindowMatch.ENDED_WITHIN);
		RunResult again = this.reconciliation.reconcile(RunKind.NIGHTLY, from, to, WindowMatch.ENDED_WITHIN);

		assertThat(manual.found()).isEqualTo(6);
		// the lost one, published again at once; no failure replayed but by the nightly
		// run
		assertThat(manual.requeued()).isEqualTo(1);
		assertThat(nightly.requeued()).isEqualTo(1);
		assertThat(again.requeued()).isZero();
		await().atMost(Duration.ofSeconds(15)).until(() -> ended().messagesFor(ids).size() >= 2);
		Map<String, List<CallSource>> sent = ended().messagesFor(ids)
			.stream()
			.collect(Collectors.groupingBy(ConversationEnded::conversationId,
					Collectors.mapping(ConversationEnded::source, Collectors.toList())));
		assertThat(sent).containsOnlyKeys(lost, failedTransient);
		assertThat(sent.get(lost)).containsExactly(CallSource.RECONCILIATION);
		assertThat(sent.get(failedTransient)).containsExactly(CallSource.RECONCILIATION);
		assertThat(failureStatus(failedTransient)).isEqualTo("REPLAYED auto");
		assertThat(failureStatus(failedPermanent)).isEqualTo("OPEN");
		assertThat(this.jdbc.sql("SELECT count(*) FROM import_failures WHERE conversation_id = :c AND status = 'OPEN'")
			.param("c", retriedEnough)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private void published(String conversationId, Instant at) {
		this.jdbc.sql("""
				INSERT INTO published_conversations (tenant_id, conversation_id, message_id, source, detected_at)
				VALUES (:tenant, :conversation, :messageId, 'WEBSOCKET', :at)
				""")
			.param("tenant", TENANT)
			.param("conversation", conversationId)
			.param("messageId", UUID.randomUUID())
			.param("at", Timestamp.from(at))
			.update();
	}

	private void call(String conversationId, String status) {
		this.jdbc.sql("""
				INSERT INTO calls (id, tenant_id, conversation_id, status, source)
				VALUES (:id, :tenant, :conversation, :status, 'WEBSOCKET')
				""")
			.param("id", CallIds.of(TENANT, conversationId))
			.param("tenant", TENANT)
			.param("conversation", conversationId)
			.param("status", status)
			.update();
	}

	private void failure(String conversationId, String reasonCode, String status, boolean autoReplayed) {
		ConversationEnded original = ConversationEnded.of(TENANT, conversationId, genesys.agent(0), null, Instant.now(),
				CallSource.WEBSOCKET);
		this.jdbc.sql("""
				INSERT INTO import_failures (id, tenant_id, conversation_id, message_id, reason_code, reason, payload,
				    attempts, status, auto_replayed_at)
				VALUES (:id, :tenant, :conversation, :messageId, :code, 'failed', :payload, 30, :status,
				    CASE WHEN :auto THEN now() END)
				""")
			.param("id", UUID.randomUUID())
			.param("tenant", TENANT)
			.param("conversation", conversationId)
			.param("messageId", original.messageId())
			.param("code", reasonCode)
			.param("payload", JSON.writeValueAsString(original))
			.param("status", status)
			.param("auto", autoReplayed)
			.update();
	}

	private String failureStatus(String conversationId) {
		return this.jdbc
			.sql("SELECT status || CASE WHEN auto_replayed_at IS NOT NULL THEN ' auto' ELSE '' END"
					+ " FROM import_failures WHERE conversation_id = :c")
			.param("c", conversationId)
			.query(String.class)
			.single();
	}

}
