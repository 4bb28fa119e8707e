package io.callimport.producer.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.callimport.model.message.ConversationEnded;
import io.callimport.producer.FlowContext;
import io.callimport.simulator.control.CallRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BrokerOutageIntegrationTests extends FlowContext {

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void watching() {
		ensureWatching();
	}

	@Test
	void everyMessageArrivesOnceWhenTheBrokerConnectionIsCutDuringTraffic() {
		double relayedBefore = published("relayed");
		List<String> conversations = staggeredCalls(24);

		await().atMost(Duration.ofSeconds(20)).until(() -> ended().messagesFor(conversations).size() >= 4);
		brokerProxy.cut();
		Instant cutAt = Instant.now();
		try {
			await().atMost(Duration.ofSeconds(20))
				.until(() -> endedSince(cutAt, conversations) >= 6 && notConfirmedYet() >= 6);
		}
		finally {
			brokerProxy.restore();
		}

		await().atMost(Duration.ofSeconds(40)).until(() -> ended().messagesFor(conversations).size() >= 24);
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(6)).until(() -> pendingInOutbox() == 0);
		Map<String, List<ConversationEnded>> copies = ended().byConversation();
		assertThat(conversations).allSatisfy((id) -> assertThat(copies.get(id))
			.as("copies of %s (a repeat after a lost confirm keeps its message id)", id)
			.extracting(ConversationEnded::messageId)
			.containsOnly(copies.get(id).get(0).messageId()));
		double relayed = published("relayed") - relayedBefore;
		long copiesReceived = ended().messagesFor(conversations).size();
		System.out.printf("Broker cut: %d conversations, %d messages received, %.0f relayed from the outbox%n",
				conversations.size(), copiesReceived, relayed);
		assertThat(relayed).isGreaterThanOrEqualTo(6);
	}

	/** Calls ending one every 250 ms over about 6 seconds. */
	private List<String> staggeredCalls(int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			CallRequest call = CallRequest.answeredBy(genesys.agent(i % 4))
				.withTiming(Duration.ofMillis(1000 + 250L * i), Duration.ofMillis(200));
			ids.addAll(this.simulator.createCalls(genesys.organizationId(), call));
		}
		return ids;
	}

	private long endedSince(Instant since, List<String> conversations) {
		return this.simulator.groundTruth(genesys.organizationId(), since, null, true, false)
			.conversations()
			.stream()
			.filter((c) -> conversations.contains(c.conversationId()))
			.count();
	}

	/** Messages the relay tried to publish and the broker did not confirm. */
	private long notConfirmedYet() {
		return this.jdbc.sql(
				"SELECT count(*) FROM outbox_messages WHERE tenant_id = :tenant AND published_at IS NULL AND attempts > 0")
			.param("tenant", TENANT)
			.query(Long.class)
			.single();
	}

	private long pendingInOutbox() {
		return this.jdbc.sql("SELECT count(*) FROM outbox_messages WHERE tenant_id = :tenant AND published_at IS NULL")
			.param("tenant", TENANT)
			.query(Long.class)
			.single();
	}

	private double published(String outcome) {
		return this.meters.find("callimport.calls.published")
			.tag("outcome", outcome)
			.counters()
			.stream()
			.mapToDouble((counter) -> counter.count())
			.sum();
	}

}
