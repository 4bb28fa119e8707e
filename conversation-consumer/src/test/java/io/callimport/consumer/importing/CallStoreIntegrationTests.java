package io.callimport.consumer.importing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.CallStatus;
import io.callimport.model.message.ConversationEnded;
import io.callimport.model.message.MessageSchema;
import io.callimport.testsupport.PostgresServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The call and recording rows of an import on PostgreSQL, in the migrated schema.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
class CallStoreIntegrationTests {

	private static final Instant ENDED = Instant.parse("2026-01-02T10:05:00Z");

	@Autowired
	CallStore calls;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PostgresServer.shared().createDatabase().registerWith(registry);
	}

	@BeforeEach
	void tenant() {
		this.jdbc.sql("INSERT INTO tenants (id) VALUES ('acme')").update();
	}

	@Test
	void acceptCreatesPendingCallsOnceAndReportsTheirStates() {
		ConversationEnded first = ended("conv-1");
		Map<UUID, CallState> accepted = this.calls.accept(List.of(first, ended("conv-2"), first));
		saveImported(first, List.of(row("rec-1", null)));
		Map<UUID, CallState> again = this.calls.accept(List.of(first));

		assertThat(accepted).hasSize(2).allSatisfy((id, state) -> {
			assertThat(state.status()).isEqualTo(CallStatus.PENDING);
			assertThat(state.importedAt()).isNull();
		});
		assertThat(again.get(CallStore.callId(first)).awaitsQueueing()).isTrue();
	}

	@Test
	void savingAgainReplacesTheRecordingsAndTheCallReadsBackAsWritten() {
		ConversationEnded ended = ended("conv-1");
		this.calls.accept(List.of(ended));
		saveImported(ended, List.of(row("rec-1", Instant.parse("2026-01-02T10:01:00Z")), row("rec-2", null)));
		saveImported(ended, List.of(row("rec-3", null), row("rec-2", Instant.parse("2026-01-02T10:00:00Z")),
				row("rec-4", Instant.parse("2026-01-02T10:02:00Z"))));

		StoredCall stored = this.calls.lockAwaitingQueueing(CallStore.callId(ended)).orElseThrow();
		UUID messageId = stored.analysisMessageId();
		StoredCall readAgain = this.calls.lockAwaitingQueueing(CallStore.callId(ended)).orElseThrow();

		assertThat(readAgain.recordings()).extracting(RecordingRow::recordingId)
			.containsExactly("rec-2", "rec-4", "rec-3");
		assertThat(readAgain.recordings().get(0).objectKey()).isEqualTo("acme/rec-2.wav");
		assertThat(readAgain.agentUserIds()).containsExactly("agent-1", "agent-2");
		assertThat(readAgain.analysisMessageId()).isEqualTo(messageId);
	}

	@Test
	void aQueuedCallIsNeitherImportedAgainNorQueuedTwice() {
		ConversationEnded ended = ended("conv-1");
		UUID callId = CallStore.callId(ended);
		this.calls.accept(List.of(ended));
		saveImported(ended, List.of(row("rec-1", null)));
		this.calls.lockAwaitingQueueing(callId).orElseThrow();
		this.calls.markQueued(callId, CallStatus.QUEUED_FOR_ANALYSIS, null);

		assertThat(this.calls.lockAwaitingQueueing(callId)).isEmpty();
		assertThat(this.calls.saveImported(metadata(ended), List.of(), CallSource.MANUAL)).isFalse();
		assertThat(this.calls.lock(callId))
			.hasValueSatisfying((state) -> assertThat(state.status()).isEqualTo(CallStatus.QUEUED_FOR_ANALYSIS));
	}

	private void saveImported(ConversationEnded ended, List<RecordingRow> rows) {
		assertThat(this.calls.saveImported(metadata(ended), rows, CallSource.WEBSOCKET)).isTrue();
	}

	private static ConversationEnded ended(String conversationId) {
		return new ConversationEnded(MessageSchema.CONVERSATION_ENDED, UUID.randomUUID(), "acme", conversationId,
				"agent-1", ENDED, ENDED.plusSeconds(2), CallSource.WEBSOCKET);
	}

	private static CallMetadata metadata(ConversationEnded ended) {
		return new CallMetadata(CallStore.callId(ended), ended.tenantId(), ended.conversationId(), "agent-1",
				List.of("agent-1", "agent-2"), "+100", "+200", "inbound", ENDED.minusSeconds(300), ENDED, 300_000,
				List.of("queue-1"), List.of("wrap-1"), null, List.of("division-1"), "{\"id\":\"conv\"}");
	}

	private static RecordingRow row(String recordingId, Instant startedAt) {
		return new RecordingRow(recordingId, "acme/" + recordingId + ".wav", 1000L, "ab", "WAV", 1, null, "AVAILABLE",
				startedAt, null, null, null);
	}

	/** The importer's stores and what they need, nothing else. */
	@Configuration(proxyBeanMethods = false)
	@Import(CallStore.class)
	static class Stores {

		@Bean(ImportTransaction.MANAGER)
		JdbcTransactionManager importTransactionManager(DataSource dataSource) {
			return new JdbcTransactionManager(dataSource);
		}

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
