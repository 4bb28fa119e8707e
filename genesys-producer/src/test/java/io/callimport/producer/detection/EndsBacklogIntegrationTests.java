package io.callimport.producer.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.callimport.producer.FlowContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ends wait in the backlog while PostgreSQL refuses them (here: the de-duplication table
 * is briefly renamed away), the first of them one PostgreSQL will also refuse afterwards
 * for its content (a NUL in its id, which only a caller skipping {@link CallEndRule} can
 * submit). Once the table is back, the ends behind it are stored and published, the bad
 * one is parked, and nothing is left to hold the last live moment back.
 */
class EndsBacklogIntegrationTests extends FlowContext {

	@Autowired
	DetectedEnds ends;

	@Test
	void aMessageTheDatabaseRejectsDoesNotHoldBackTheBacklogBehindIt() {
		String agent = genesys.agent(2);
		String rejected = "nul" + (char) 0 + UUID.randomUUID();
		List<String> behind = new ArrayList<>();
		Instant ended = Instant.parse("2026-11-24T10:00:05Z");
		this.jdbc.sql("ALTER TABLE published_conversations RENAME TO published_conversations_away").update();
		try {
			assertThat(this.ends.submit(new EndedCall(rejected, agent, ended))).isFalse();
			for (int i = 0; i < 3; i++) {
				String conversation = UUID.randomUUID().toString();
				behind.add(conversation);
				assertThat(this.ends.submit(new EndedCall(conversation, agent, ended))).isFalse();
			}
		}
		finally {
			this.jdbc.sql("ALTER TABLE published_conversations_away RENAME TO published_conversations").update();
		}

		await().atMost(Duration.ofSeconds(15)).until(() -> ended().messagesFor(behind).size() == behind.size());
		await().atMost(Duration.ofSeconds(5)).until(() -> this.ends.oldestUnsaved().isEmpty());
		assertThat(this.jdbc.sql("""
				SELECT reason_code FROM import_failures WHERE tenant_id = :tenant AND conversation_id = :shown
				""")
			.param("tenant", TENANT)
			.param("shown", rejected.replace(String.valueOf((char) 0), "\\u0000"))
			.query(String.class)
			.list()).containsExactly("REJECTED_BY_DATABASE");
	}

}
