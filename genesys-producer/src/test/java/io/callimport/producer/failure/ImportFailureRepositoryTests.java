package io.callimport.producer.failure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import io.callimport.producer.JpaSliceContext;
import io.callimport.producer.publishing.ConversationIds;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFailureRepositoryTests extends JpaSliceContext {

	private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

	@Autowired
	ImportFailureRepository failures;

	@Test
	void locksTheOldestOpenFailuresWithAGenesysIdOrNone() {
		UUID valid = failure("t-lock", "7f1c2c36-3d2a-4a55-9a55-0c1c5a5b0c11", T.plusSeconds(2));
		UUID none = failure("t-lock", null, T.plusSeconds(1));
		failure("t-lock", "not-a-uuid", T);
		UUID replayed = failure("t-lock", "8f1c2c36-3d2a-4a55-9a55-0c1c5a5b0c11", T);
		this.jdbc.sql("UPDATE import_failures SET status = 'REPLAYED' WHERE id = :id").param("id", replayed).update();

		assertThat(this.failures.lockOpenMatching("t-lock", ConversationIds.SQL_PATTERN, 10))
			.extracting(ImportFailure::id)
			.containsExactly(none, valid);
		assertThat(this.failures.lockOpenMatching("t-lock", ConversationIds.SQL_PATTERN, 1)).hasSize(1);
	}

	@Test
	void pagesNewestFirstOfOneStatusAndCountsOpenOnes() {
		UUID older = failure("t-page", "a", T);
		UUID newer = failure("t-page", "b", T.plusSeconds(1));
		failure("t-page-other", "c", T);
		this.failures.findByTenantIdAndIdInOrderByFailedAtAscIdAsc("t-page", List.of(older))
			.forEach((failure) -> failure.dismiss(T));
		Sort newestFirst = Sort.by(Sort.Order.desc("failedAt"), Sort.Order.asc("id"));

		assertThat(this.failures.findByTenantId("t-page", PageRequest.of(0, 10, newestFirst)).getContent())
			.extracting(ImportFailure::id)
			.containsExactly(newer, older);
		assertThat(this.failures.findByTenantIdAndStatus("t-page", FailureStatus.DISMISSED, PageRequest.of(0, 10))
			.getContent()).extracting(ImportFailure::id).containsExactly(older);
		assertThat(this.failures.countByTenantIdAndStatus("t-page", FailureStatus.OPEN)).isEqualTo(1);
	}

	@Test
	void marksAnOpenFailureAutoReplayedOnce() {
		UUID id = failure("t-auto", "a", T);

		assertThat(this.failures.markAutoReplayed(id, "t-other")).isZero();
		assertThat(this.failures.markAutoReplayed(id, "t-auto")).isEqualTo(1);
		assertThat(this.failures.markAutoReplayed(id, "t-auto")).isZero();
		assertThat(this.jdbc
			.sql("SELECT replay_count FROM import_failures WHERE id = :id AND auto_replayed_at IS NOT NULL")
			.param("id", id)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private UUID failure(String tenantId, @Nullable String conversationId, Instant failedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO import_failures (id, tenant_id, conversation_id, reason_code, reason, payload, failed_at)
				VALUES (:id, :tenantId, :conversationId, 'FAILED', 'it failed', '{}', :failedAt)
				""")
			.param("id", id)
			.param("tenantId", tenantId)
			.param("conversationId", conversationId)
			.param("failedAt", java.sql.Timestamp.from(failedAt))
			.update();
		return id;
	}

}
