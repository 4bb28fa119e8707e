package io.callimport.producer.detection;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallEndRuleTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CONVERSATION = "0f8fad5b-d9cb-469f-a165-70867728950e";

	@Test
	void anAgentWhoTransferredAwayEndsTheirPartWhileTheCallGoesOn() {
		JsonNode body = conversation(customer("connected", null), agent("a", "disconnected", "10:00:05"),
				agent("b", "connected", null));

		Optional<EndedCall> ended = CallEndRule.evaluate("a", body);

		assertThat(ended).contains(new EndedCall(CONVERSATION, "a", at("10:00:05")));
	}

	@Test
	void whenEveryParticipantHasEndedTheConversationsEndIsTaken() {
		JsonNode body = conversation(customer("disconnected", "10:00:09"), agent("a", "disconnected", "10:00:05"),
				agent("b", "terminated", "10:00:09.500"));

		assertThat(CallEndRule.evaluate("a", body)).contains(new EndedCall(CONVERSATION, "a", at("10:00:09.500")));
		assertThat(CallEndRule.evaluate("b", body)).contains(new EndedCall(CONVERSATION, "b", at("10:00:09.500")));
	}

	@Test
	void aCallStillGoingOnForTheAgentIsNotAnEnd() {
		JsonNode connected = conversation(customer("connected", null), agent("a", "connected", null));
		JsonNode withoutEndTime = conversation(customer("connected", null), agent("a", "disconnected", null));
		JsonNode backAgain = conversation(agent("a", "disconnected", "10:00:01"), agent("a", "alerting", null));

		assertThat(CallEndRule.evaluate("a", connected)).isEmpty();
		assertThat(CallEndRule.evaluate("a", withoutEndTime)).isEmpty();
		assertThat(CallEndRule.evaluate("a", backAgain)).isEmpty();
	}

	@Test
	void anEventWithoutTheAgentAmongItsParticipantsIsNotAnEnd() {
		assertThat(CallEndRule.evaluate("x", conversation(agent("a", "disconnected", "10:00:05")))).isEmpty();
	}

	@Test
	void bodiesWithoutIdParticipantsOrReadableTimesAreMalformed() {
		assertThatThrownBy(() -> CallEndRule.evaluate("a", JSON.readTree("{\"participants\":[]}")))
			.isInstanceOf(CallEndRule.MalformedEventException.class);
		assertThatThrownBy(() -> CallEndRule.evaluate("a", JSON.readTree("{\"id\":\"c\",\"participants\":{}}")))
			.isInstanceOf(CallEndRule.MalformedEventException.class);
		assertThatThrownBy(() -> CallEndRule.evaluate("a", JSON.readTree("""
				{"id":"c","participants":[{"user":{"id":"a"},"state":"disconnected","endTime":"yesterday"}]}
				"""))).isInstanceOf(CallEndRule.MalformedEventException.class);
	}

	@Test
	void anEndedCallWhoseIdIsNotAUuidIsRefusedWithTheCallForParking() {
		for (String id : new String[] { "conv-1", "nul\\u0000" + CONVERSATION, CONVERSATION + "x",
				"../" + CONVERSATION }) {
			JsonNode body = conversationWithId(id, agent("a", "disconnected", "10:00:05"));

			assertThatThrownBy(() -> CallEndRule.evaluate("a", body))
				.isInstanceOfSatisfying(CallEndRule.InvalidConversationIdException.class, (ex) -> {
					assertThat(ex.call().agentUserId()).isEqualTo("a");
					assertThat(ex.call().endedAt()).isEqualTo(at("10:00:05"));
					assertThat(ex.getMessage()).doesNotContain(String.valueOf((char) 0));
				});
		}
	}

	@Test
	void aCallGoingOnIsNotCheckedForItsId() {
		assertThat(CallEndRule.evaluate("a", conversationWithId("conv-1", agent("a", "connected", null)))).isEmpty();
	}

	private static JsonNode conversation(String... participants) {
		return conversationWithId(CONVERSATION, participants);
	}

	private static JsonNode conversationWithId(String id, String... participants) {
		return JSON.readTree("{\"id\":\"" + id + "\",\"participants\":[" + String.join(",", participants) + "]}");
	}

	private static String customer(String state, String end) {
		return "{\"purpose\":\"customer\",\"state\":\"" + state + "\"" + endTime(end) + "}";
	}

	private static String agent(String userId, String state, String end) {
		return "{\"purpose\":\"agent\",\"user\":{\"id\":\"" + userId + "\"},\"state\":\"" + state + "\"" + endTime(end)
				+ "}";
	}

	private static String endTime(String end) {
		return (end != null) ? ",\"endTime\":\"2026-11-24T" + end + "Z\"" : "";
	}

	private static Instant at(String time) {
		return Instant.parse("2026-11-24T" + time + "Z");
	}

}
