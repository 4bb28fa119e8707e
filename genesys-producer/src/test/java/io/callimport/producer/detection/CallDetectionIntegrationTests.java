package io.callimport.producer.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.producer.FlowContext;
import io.callimport.simulator.control.CallRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CallDetectionIntegrationTests extends FlowContext {

	@BeforeEach
	void watching() {
		ensureWatching();
	}

	@Test
	void fortyCallsOfGroupAgentsYieldFortyMessagesAndCallsOutsideTheGroupNone() {
		Instant start = Instant.now();
		List<String> group = new ArrayList<>();
		for (int agent = 0; agent < 3; agent++) {
			group.addAll(calls(CallRequest.answeredBy(genesys.agent(agent)).withCount(10)));
		}
		group.addAll(calls(CallRequest.answeredBy(genesys.agent(3)).withTransferTo(genesys.agent(4), 1).withCount(10)));
		List<String> outside = new ArrayList<>();
		for (int user = 0; user < 20; user++) {
			outside.addAll(calls(CallRequest.answeredBy(genesys.outsider(user))));
		}

		await().atMost(Duration.ofSeconds(40)).until(() -> ended().messagesFor(group).size() >= 40);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.simulator.groundTruth(genesys.organizationId(), start, null, false, false)
				.conversations()
				.size() >= 60);
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(10))
			.until(() -> ended().messagesFor(group).size() == 40 && ended().messagesFor(outside).isEmpty());

		Map<String, List<ConversationEnded>> byConversation = ended().byConversation();
		assertThat(group).allSatisfy((id) -> assertThat(byConversation.get(id)).hasSize(1));
		List<ConversationEnded> messages = ended().messagesFor(group);
		assertThat(messages).extracting(ConversationEnded::messageId).doesNotHaveDuplicates();
		assertThat(messages).allSatisfy((message) -> {
			assertThat(message.tenantId()).isEqualTo(TENANT);
			assertThat(message.source()).isEqualTo(CallSource.WEBSOCKET);
			assertThat(genesys.state().agentUserIds()).contains(message.agentUserId());
			assertThat(message.endedAt()).isNotNull().isBefore(message.detectedAt().plusMillis(1));
		});
		assertThat(published(group)).isEqualTo(40);
	}

	private List<String> calls(CallRequest request) {
		return this.simulator.createCalls(genesys.organizationId(),
				request.withTiming(Duration.ofMillis(1500), Duration.ofMillis(500)));
	}

	private long published(List<String> conversationIds) {
		return this.jdbc.sql("""
				SELECT count(*) FROM published_conversations WHERE tenant_id = :tenant AND conversation_id = ANY(:ids)
				""")
			.param("tenant", TENANT)
			.param("ids", conversationIds.toArray(String[]::new))
			.query(Long.class)
			.single();
	}

}
