package io.callimport.producer.agent;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.callimport.producer.FlowContext;
import io.callimport.simulator.control.CallRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AgentMembershipIntegrationTests extends FlowContext {

	/**
	 * {@code agent-sync.interval} of the tests, plus the time a sync and a resubscription
	 * take.
	 */
	private static final Duration ONE_SYNC_INTERVAL = Duration.ofSeconds(3).plusSeconds(2);

	@BeforeEach
	void watching() {
		ensureWatching();
	}

	@Test
	void membersWhoJoinOrLeaveArePickedUpWithinOneSyncInterval() {
		String joiner = this.simulator.addGroupMembers(genesys.organizationId(), List.of(), 1).get(0);
		String leaver = genesys.agent(5);
		this.simulator.removeGroupMember(genesys.organizationId(), leaver);

		await().atMost(ONE_SYNC_INTERVAL).until(() -> active(joiner) && !active(leaver));
		List<String> joinerCalls = calls(joiner);
		List<String> leaverCalls = calls(leaver);

		await().atMost(Duration.ofSeconds(20)).until(() -> ended().messagesFor(joinerCalls).size() == 2);
		await().during(Duration.ofSeconds(4))
			.atMost(Duration.ofSeconds(8))
			.until(() -> ended().messagesFor(leaverCalls).isEmpty());
		JsonNode agents = this.api.get("/api/v1/tenants/" + TENANT + "/agents").json();
		assertThat(agents.findValuesAsString("userId")).contains(joiner, leaver);
		assertThat(this.jdbc.sql("SELECT deactivated_at IS NOT NULL FROM agents WHERE user_id = :id")
			.param("id", leaver)
			.query(Boolean.class)
			.single()).isTrue();
	}

	private boolean active(String userId) {
		return this.jdbc
			.sql("SELECT coalesce(bool_or(active), false) FROM agents WHERE tenant_id = :tenant AND user_id = :id")
			.param("tenant", TENANT)
			.param("id", userId)
			.query(Boolean.class)
			.single();
	}

	private List<String> calls(String userId) {
		return this.simulator.createCalls(genesys.organizationId(),
				CallRequest.answeredBy(userId).withCount(2).withTiming(Duration.ofSeconds(1), Duration.ofMillis(300)));
	}

}
