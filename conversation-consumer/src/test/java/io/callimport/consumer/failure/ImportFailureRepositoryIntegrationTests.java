package io.callimport.consumer.failure;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.callimport.consumer.failure.ImportFailureRepository.DeadLetterOutcome;
import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.model.message.MessageSchema;
import io.callimport.testsupport.PostgresServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failures list on PostgreSQL: its upsert, the calls it marks failed and its counts.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
class ImportFailureRepositoryIntegrationTests {

	private static final byte[] PAYLOAD = "{}".getBytes(StandardCharsets.UTF_8);

	@Autowired
	ImportFailureRepository failures;

	@Autowired
	EntityManager entityManager;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PostgresServer.shared().createDatabase().registerWith(registry);
		registry.add("spring.jpa.hibernate.ddl-auto", () -> "validate");
	}

	@BeforeEach
	void tenants() {
		this.entityManager.createNativeQuery("INSERT INTO tenants (id) VALUES ('acme'), ('globex')").executeUpdate();
	}

	@Test
	void aDeadLetterOfAnUnseenCallIsListedOnceAndItsCallShowsFailed() {
		ConversationEnded ended = ended("conv-1", null);

		DeadLetterOutcome first = this.failures.recordDeadLetter(ended, ReasonCode.GENESYS_NOT_FOUND, "gone", PAYLOAD,
				3);
		DeadLetterOutcome second = this.failures.recordDeadLetter(ended, ReasonCode.GENESYS_NOT_FOUND, "gone", PAYLOAD,
				3);

		assertThat(first).isEqualTo(DeadLetterOutcome.LISTED);
		assertThat(second).isEqualTo(DeadLetterOutcome.ALREADY_LISTED);
		assertThat(text("SELECT status || ' ' || status_reason FROM calls WHERE conversation_id = 'conv-1'"))
			.isEqualTo("FAILED GENESYS_NOT_FOUND: gone");
		assertThat(this.failures.openPerTenant()).containsEntry("acme", 1L).containsEntry("globex", 0L);
	}

	@Test
	void aDeadLetterOfAnUnknownTenantOrAnImportedCallIsNotListed() {
		ConversationEnded imported = ended("conv-2", Instant.parse("2026-01-02T10:00:00Z"));
		this.failures.recordDeadLetter(imported, ReasonCode.GENESYS_NOT_FOUND, "gone", PAYLOAD, 1);
		this.entityManager.createNativeQuery("UPDATE calls SET status = 'QUEUED_FOR_ANALYSIS'").executeUpdate();
		this.entityManager.createNativeQuery("DELETE FROM import_failures").executeUpdate();

		assertThat(
				this.failures.recordDeadLetter(ended("conv-2", null), ReasonCode.GENESYS_NOT_FOUND, "gone", PAYLOAD, 1))
			.isEqualTo(DeadLetterOutcome.IMPORTED);
		assertThat(
				this.failures.recordDeadLetter(
						new ConversationEnded(MessageSchema.CONVERSATION_ENDED, UUID.randomUUID(), "nobody", "conv-3",
								null, null, Instant.now(), CallSource.WEBSOCKET),
						ReasonCode.UNKNOWN_TENANT, "who", PAYLOAD, 1))
			.isEqualTo(DeadLetterOutcome.UNKNOWN_TENANT);
	}

	@Test
	void aSecondFailureUpdatesTheOpenOneAndAnImportResolvesIt() {
		ConversationEnded ended = ended("conv-1", null);
		this.failures.recordFailure(ended, ReasonCode.GENESYS_UNAVAILABLE, "first", PAYLOAD, 1);
		this.failures.recordFailure(ended, ReasonCode.RECORDINGS_NOT_READY, "second", PAYLOAD, 2);

		assertThat(text("SELECT count(*) || ' ' || max(reason) || ' ' || max(attempts) FROM import_failures"))
			.isEqualTo("1 second 2");
		assertThat(this.failures.resolve("acme", "conv-1")).isEqualTo(1);
		assertThat(this.failures.openPerTenant()).containsEntry("acme", 0L);
	}

	private String text(String sql) {
		return (String) this.entityManager.createNativeQuery(sql).getSingleResult();
	}

	private static ConversationEnded ended(String conversationId, Instant endedAt) {
		return new ConversationEnded(MessageSchema.CONVERSATION_ENDED, UUID.randomUUID(), "acme", conversationId, null,
				endedAt, Instant.parse("2026-01-02T10:05:00Z"), CallSource.RECONCILIATION);
	}

	/** The failures list and the entities its queries name. */
	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackages = "io.callimport.consumer")
	@Import(ImportFailureRepository.class)
	static class Failures {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
