package io.callimport.producer.failure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.producer.AdminApiClient.Response;
import io.callimport.producer.FlowContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FailureReplayIntegrationTests extends FlowContext {

	private static final String PATH = "/api/v1/tenants/" + TENANT + "/failures";

	@Test
	void replaysEveryOpenFailureAsAManualMessageEvenForAPublishedConversation() {
		String conversation = UUID.randomUUID().toString();
		this.jdbc.sql("""
				INSERT INTO published_conversations (tenant_id, conversation_id, message_id, source, detected_at)
				VALUES (:tenant, :conversation, :messageId, 'WEBSOCKET', now())
				""")
			.param("tenant", TENANT)
			.param("conversation", conversation)
			.param("messageId", UUID.randomUUID())
			.update();
		UUID open = failure(conversation, "OPEN");
		UUID replayedBefore = failure(UUID.randomUUID().toString(), "REPLAYED");

		Response all = this.api.post(PATH, "");
		Response again = this.api.post(PATH,
				"{\"ids\":[\"%s\",\"%s\",\"%s\"]}".formatted(open, replayedBefore, UUID.randomUUID()));
		Response malformed = this.api.post(PATH, "{\"ids\":[\"not-a-uuid\"]}");

		assertThat(all.status()).isEqualTo(202);
		JsonNode replayed = all.json().path("replayed");
		assertThat(replayed.findValuesAsString("id")).contains(open.toString());
		assertThat(again.status()).isEqualTo(202);
		assertThat(again.json().path("replayed")).isEmpty();
		assertThat(again.json().path("skipped").findValuesAsString("reason"))
			.contains("the failure is REPLAYED, not OPEN", "not found");
		assertThat(malformed.status()).isEqualTo(400);
		await().atMost(Duration.ofSeconds(15)).until(() -> !ended().messagesFor(List.of(conversation)).isEmpty());
		ConversationEnded message = ended().messagesFor(List.of(conversation)).get(0);
		assertThat(message.source()).isEqualTo(CallSource.MANUAL);
		assertThat(message.agentUserId()).isEqualTo("agent-of-" + conversation);
		assertThat(this.api.get(PATH + "?status=REPLAYED").json().path("content").findValuesAsString("id"))
			.contains(open.toString());
	}

	@Test
	void aFailureWhoseConversationIdIsNotAUuidIsNeverReplayed() {
		String malformed = "not-a-uuid-" + UUID.randomUUID();
		UUID parked = failure(malformed, "OPEN");

		Response byId = this.api.post(PATH, "{\"ids\":[\"%s\"]}".formatted(parked));
		Response everyOpen = this.api.post(PATH, "");

		assertThat(byId.status()).isEqualTo(202);
		assertThat(byId.json().path("replayed")).isEmpty();
		assertThat(byId.json().path("skipped").findValuesAsString("reason"))
			.containsExactly("the conversation id is not a Genesys conversation id (a UUID)");
		assertThat(everyOpen.json().path("replayed").findValuesAsString("id")).doesNotContain(parked.toString());
		assertThat(everyOpen.json().path("skipped").findValuesAsString("id")).doesNotContain(parked.toString());
		assertThat(ended().messagesFor(List.of(malformed))).isEmpty();
	}

	@Test
	void anOperatorDismissesAnOpenFailureNoReplayCanFixAndItLeavesTheOpenOnes() {
		UUID parked = failure("not-a-uuid-" + UUID.randomUUID(), "OPEN");
		UUID replayedBefore = failure(UUID.randomUUID().toString(), "REPLAYED");
		UUID unknown = UUID.randomUUID();

		Response dismissal = this.api.post(PATH + "/dismissals",
				"{\"ids\":[\"%s\",\"%s\",\"%s\"]}".formatted(parked, replayedBefore, unknown));
		Response again = this.api.post(PATH + "/dismissals", "{\"ids\":[\"%s\"]}".formatted(parked));
		Response empty = this.api.post(PATH + "/dismissals", "{\"ids\":[]}");

		assertThat(dismissal.status()).isEqualTo(200);
		assertThat(dismissal.json().path("dismissed").valueStream().map(JsonNode::asString))
			.containsExactly(parked.toString());
		assertThat(dismissal.json().path("skipped").findValuesAsString("reason"))
			.containsExactly("the failure is REPLAYED, not OPEN", "not found");
		assertThat(again.json().path("skipped").findValuesAsString("reason"))
			.containsExactly("the failure is DISMISSED, not OPEN");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.contentType()).contains("application/problem+json");
		assertThat(this.api.get(PATH + "?status=OPEN&size=500").json().path("content").findValuesAsString("id"))
			.doesNotContain(parked.toString());
		assertThat(this.api.get(PATH + "?status=DISMISSED&size=500").json().path("content").findValuesAsString("id"))
			.contains(parked.toString());
	}

	private UUID failure(String conversation, String status) {
		UUID id = UUID.randomUUID();
		ConversationEnded original = ConversationEnded.of(TENANT, conversation, "agent-of-" + conversation,
				Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T10:00:01Z"), CallSource.WEBSOCKET);
		this.jdbc
			.sql("""
					INSERT INTO import_failures (id, tenant_id, conversation_id, message_id, reason_code, reason, payload,
					    attempts, status)
					VALUES (:id, :tenant, :conversation, :messageId, 'GENESYS_FORBIDDEN', 'Genesys answered 403', :payload, 3,
					    :status)
					""")
			.param("id", id)
			.param("tenant", TENANT)
			.param("conversation", conversation)
			.param("messageId", original.messageId())
			.param("payload", JsonMapper.builder().build().writeValueAsString(original))
			.param("status", status)
			.update();
		return id;
	}

}
