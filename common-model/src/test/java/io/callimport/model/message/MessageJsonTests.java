package io.callimport.model.message;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import io.callimport.model.message.CallReadyForAnalysis.StoredRecording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageJsonTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void conversationEndedRoundTripsThroughJson() {
		ConversationEnded message = ConversationEnded.of("acme", "c0ffee00-0000-4000-8000-000000000001", "agent-1",
				Instant.parse("2026-11-24T10:15:30.123Z"), Instant.parse("2026-11-24T10:15:31Z"), CallSource.WEBSOCKET);

		String text = this.json.writeValueAsString(message);

		assertThat(text).contains("\"schemaVersion\":1", "\"source\":\"WEBSOCKET\"",
				"\"endedAt\":\"2026-11-24T10:15:30.123Z\"");
		assertThat(this.json.readValue(text, ConversationEnded.class)).isEqualTo(message);
	}

	@Test
	void conversationEndedReadsTheDocumentedWireForm() {
		String text = """
				{"schemaVersion":1,"messageId":"4c1b1a52-3f4e-4f5a-9d53-0c0f4d1d2e3f","tenantId":"acme",
				 "conversationId":"conv-1","agentUserId":null,"endedAt":null,
				 "detectedAt":"2026-11-24T10:00:00Z","source":"RECONCILIATION","addedLater":"ignored"}
				""";

		ConversationEnded message = this.json.readValue(text, ConversationEnded.class);

		assertThat(message.source()).isEqualTo(CallSource.RECONCILIATION);
		assertThat(message.agentUserId()).isNull();
		assertThat(message.messageId()).isEqualTo(UUID.fromString("4c1b1a52-3f4e-4f5a-9d53-0c0f4d1d2e3f"));
	}

	@Test
	void conversationEndedWithoutTenantIsRejected() {
		String text = """
				{"schemaVersion":1,"messageId":"4c1b1a52-3f4e-4f5a-9d53-0c0f4d1d2e3f",
				 "conversationId":"conv-1","detectedAt":"2026-11-24T10:00:00Z","source":"WEBSOCKET"}
				""";

		assertThatThrownBy(() -> this.json.readValue(text, ConversationEnded.class))
			.isInstanceOf(DatabindException.class)
			.hasMessageContaining("tenantId is required");
	}

	@Test
	void conversationEndedWithUnknownSourceIsRejected() {
		String text = """
				{"schemaVersion":1,"messageId":"4c1b1a52-3f4e-4f5a-9d53-0c0f4d1d2e3f","tenantId":"acme",
				 "conversationId":"conv-1","detectedAt":"2026-11-24T10:00:00Z","source":"CARRIER_PIGEON"}
				""";

		assertThatThrownBy(() -> this.json.readValue(text, ConversationEnded.class))
			.isInstanceOf(DatabindException.class);
	}

	@Test
	void callReadyForAnalysisRoundTripsThroughJson() {
		UUID callId = UUID.randomUUID();
		CallReadyForAnalysis message = new CallReadyForAnalysis(MessageSchema.CALL_READY_FOR_ANALYSIS, callId, "acme",
				callId, "conv-1", "agent-1", List.of("agent-1", "agent-2"), "inbound",
				Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T10:05:00Z"),
				List.of(new StoredRecording("rec-1", "calls", "acme/2026/11/24/conv-1/rec-1.wav", 1_234_567L,
						"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "WAV", 2)),
				Instant.parse("2026-11-24T10:05:09Z"));

		String text = this.json.writeValueAsString(message);

		assertThat(this.json.readValue(text, CallReadyForAnalysis.class)).isEqualTo(message);
		assertThat(text).contains("\"objectKey\":\"acme/2026/11/24/conv-1/rec-1.wav\"", "\"channels\":2");
	}

	@Test
	void callReadyForAnalysisWithoutRecordingsHasAnEmptyList() {
		String text = """
				{"schemaVersion":1,"messageId":"4c1b1a52-3f4e-4f5a-9d53-0c0f4d1d2e3f","tenantId":"acme",
				 "callId":"4c1b1a52-3f4e-4f5a-9d53-0c0f4d1d2e3f","conversationId":"conv-1",
				 "queuedAt":"2026-11-24T10:00:00Z"}
				""";

		CallReadyForAnalysis message = this.json.readValue(text, CallReadyForAnalysis.class);

		assertThat(message.recordings()).isEmpty();
		assertThat(message.agentUserIds()).isEmpty();
	}

}
