package io.callimport.producer.call;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import io.callimport.model.message.CallStatus;
import io.callimport.producer.JpaSliceContext;

import static org.assertj.core.api.Assertions.assertThat;

class CallRepositoryTests extends JpaSliceContext {

	private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

	@Autowired
	CallRepository calls;

	@Test
	void pagesNewestEndFirstCountingACallWithoutEndByItsCreation() {
		tenant("t-order");
		call("t-order", "ended-first", CallStatus.RECORDING_ARCHIVED, T, T);
		call("t-order", "ended-last", CallStatus.RECORDING_ARCHIVED, T.plusSeconds(120), T);
		call("t-order", "no-end-yet", CallStatus.PENDING, null, T.plusSeconds(60));

		Page<Call> page = this.calls.findAll(CallRepository.matching("t-order", new CallFilter(null, null, null)),
				PageRequest.of(0, 2));

		assertThat(page.getTotalElements()).isEqualTo(3);
		assertThat(page.getContent()).extracting((call) -> call.view(java.util.List.of()).conversationId())
			.containsExactly("ended-last", "no-end-yet");
	}

	@Test
	void filtersByEndRangeAndStatusOfTheTenantOnly() {
		tenant("t-filter");
		tenant("t-filter-other");
		call("t-filter", "before", CallStatus.RECORDING_ARCHIVED, T.minusSeconds(1), T);
		call("t-filter", "inside", CallStatus.RECORDING_ARCHIVED, T, T);
		call("t-filter", "inside-failed", CallStatus.FAILED, T.plusSeconds(10), T);
		call("t-filter", "at-to", CallStatus.RECORDING_ARCHIVED, T.plusSeconds(60), T);
		call("t-filter-other", "other", CallStatus.RECORDING_ARCHIVED, T, T);

		assertThat(this.calls
			.findAll(CallRepository.matching("t-filter", new CallFilter(T, T.plusSeconds(60), null)),
					PageRequest.of(0, 10))
			.map((call) -> call.view(java.util.List.of()).conversationId())
			.getContent()).containsExactly("inside-failed", "inside");
		assertThat(this.calls
			.findAll(CallRepository.matching("t-filter", new CallFilter(T, null, CallStatus.FAILED)),
					PageRequest.of(0, 10))
			.getTotalElements()).isEqualTo(1);
	}

	@Test
	void readsArraysAndRecordingsInTheirOrder() {
		tenant("t-one");
		UUID id = call("t-one", "conv", CallStatus.RECORDING_ARCHIVED, T, T);
		this.jdbc.sql("UPDATE calls SET queue_ids = '{q1,q2}', agent_user_ids = '{a1}' WHERE id = :id")
			.param("id", id)
			.update();
		this.jdbc
			.sql("""
					INSERT INTO recordings (call_id, recording_id, tenant_id, file_state, started_at, bytes) VALUES
					    (:id, 'r-late', 't-one', 'ARCHIVED', :late, 10), (:id, 'r-unknown', 't-one', 'ARCHIVED', NULL, NULL),
					    (:id, 'r-early', 't-one', 'ARCHIVED', :early, 20)
					""")
			.param("id", id)
			.param("late", T.plusSeconds(30).atOffset(java.time.ZoneOffset.UTC))
			.param("early", T.atOffset(java.time.ZoneOffset.UTC))
			.update();

		CallView view = this.calls.findByTenantIdAndConversationId("t-one", "conv")
			.orElseThrow()
			.view(this.calls.findRecordings(java.util.List.of(id)).stream().map(Recording::view).toList());

		assertThat(view.queueIds()).containsExactly("q1", "q2");
		assertThat(view.agentUserIds()).containsExactly("a1");
		assertThat(view.wrapUpCodes()).isEmpty();
		assertThat(view.recordings()).extracting(CallView.RecordingView::recordingId)
			.containsExactly("r-early", "r-late", "r-unknown");
		assertThat(view.recordings().get(0).bytes()).isEqualTo(20L);
		assertThat(this.calls.findByTenantIdAndConversationId("t-other", "conv")).isEmpty();
	}

	private UUID call(String tenantId, String conversationId, CallStatus status, @Nullable Instant endedAt,
			Instant createdAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO calls (id, tenant_id, conversation_id, status, source, ended_at, created_at)
				VALUES (:id, :tenantId, :conversationId, :status, 'WEBSOCKET', :endedAt, :createdAt)
				""")
			.param("id", id)
			.param("tenantId", tenantId)
			.param("conversationId", conversationId)
			.param("status", status.name())
			.param("endedAt", (endedAt != null) ? java.sql.Timestamp.from(endedAt) : null)
			.param("createdAt", java.sql.Timestamp.from(createdAt))
			.update();
		return id;
	}

}
