package io.callimport.consumer.intake;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;

import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;
import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConversationEndedReaderTests {

	private final ConversationEndedReader reader = new ConversationEndedReader(JsonMapper.builder().build());

	@Test
	void readsAConversationEnded() {
		ConversationEnded message = this.reader.read(message("""
				{"schemaVersion":1,"messageId":"4c1b1a52-3f4e-4f5a-9d53-0c0f4d1d2e3f","tenantId":"acme",
				 "conversationId":"c0ffee00-0000-4000-8000-000000000001","agentUserId":"a1",
				 "endedAt":"2026-11-24T10:00:00Z","detectedAt":"2026-11-24T10:00:01Z","source":"WEBSOCKET"}
				"""));

		assertThat(message.tenantId()).isEqualTo("acme");
		assertThat(message.source()).isEqualTo(CallSource.WEBSOCKET);
	}

	@Test
	void rejectsWhatIsNotAConversationEnded() {
		assertMalformed("not json at all", "not a ConversationEnded");
		assertMalformed("null", "JSON null");
		assertMalformed("{\"schemaVersion\":1}", "not a ConversationEnded");
		assertMalformed("", "0 bytes");
		assertMalformed(" ".repeat(ConversationEndedReader.MAX_BYTES + 1), "bytes");
	}

	@Test
	void rejectsIdsThatAreUnsafeInKeys() {
		assertMalformed(valid("../globex", "c1"), "tenantId");
		assertMalformed(valid("acme", "c1/../../x"), "conversationId");
	}

	private void assertMalformed(String body, String reason) {
		assertThatThrownBy(() -> this.reader.read(message(body)))
			.isInstanceOfSatisfying(ImportFailureException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(ReasonCode.MALFORMED_MESSAGE))
			.hasMessageContaining(reason);
	}

	private static String valid(String tenant, String conversation) {
		return "{\"schemaVersion\":1,\"messageId\":\"4c1b1a52-3f4e-4f5a-9d53-0c0f4d1d2e3f\",\"tenantId\":\"" + tenant
				+ "\",\"conversationId\":\"" + conversation
				+ "\",\"detectedAt\":\"2026-11-24T10:00:01Z\",\"source\":\"MANUAL\"}";
	}

	private static Message message(String body) {
		return new Message(body.getBytes(StandardCharsets.UTF_8), new MessageProperties());
	}

}
