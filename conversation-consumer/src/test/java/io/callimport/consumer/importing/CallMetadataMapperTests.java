package io.callimport.consumer.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.callimport.genesys.conversations.Conversation;
import io.callimport.genesys.conversations.Participant;
import io.callimport.genesys.conversations.Segment;
import io.callimport.genesys.conversations.Session;
import io.callimport.model.message.CallIds;
import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class CallMetadataMapperTests {

	private final AgentDirectory agents = mock(AgentDirectory.class);

	private final CallMetadataMapper mapper = new CallMetadataMapper(this.agents);

	@Test
	void mapsTheColumnsAnAnalystNeeds() {
		given(this.agents.agentsAmong(eq("acme"), anyList())).willReturn(List.of("agent-1", "agent-2"));

		CallMetadata call = this.mapper.map(message("agent-2"),
				Details.inbound("conv-1", true, "agent-1", "outsider", "agent-2"));

		assertThat(call.callId()).isEqualTo(CallIds.of("acme", "conv-1"));
		assertThat(call.agentUserId()).isEqualTo("agent-2");
		assertThat(call.agentUserIds()).containsExactly("agent-1", "agent-2");
		assertThat(call.ani()).isEqualTo("tel:+15551230000");
		assertThat(call.dnis()).isEqualTo("tel:+15559870000");
		assertThat(call.direction()).isEqualTo("inbound");
		assertThat(call.startedAt()).isEqualTo(Details.START);
		assertThat(call.endedAt()).isEqualTo(Details.END);
		assertThat(call.durationMs()).isEqualTo(300_000);
		assertThat(call.queueIds()).containsExactly("queue-1");
		assertThat(call.wrapUpCodes()).containsExactly("wrap-agent-1", "wrap-outsider", "wrap-agent-2");
		assertThat(call.disconnectType()).isEqualTo("endpoint");
		assertThat(call.divisionIds()).containsExactly("division-1");
		assertThat(call.detailsJson()).contains("conv-1");
	}

	@Test
	void agentIsTheFirstGroupAgentWhenTheNamedOneDidNotTakePart() {
		given(this.agents.agentsAmong(eq("acme"), anyList())).willReturn(List.of("agent-1"));

		CallMetadata call = this.mapper.map(message("someone-else"), Details.inbound("conv-1", true, "agent-1"));

		assertThat(call.agentUserId()).isEqualTo("agent-1");
	}

	@Test
	void withoutSynchronisedAgentsTheProducersAgentStands() {
		given(this.agents.agentsAmong(eq("acme"), anyList())).willReturn(List.of());

		CallMetadata call = this.mapper.map(message("agent-9"), Details.inbound("conv-1", true, "agent-9"));

		assertThat(call.agentUserId()).isEqualTo("agent-9");
		assertThat(call.agentUserIds()).containsExactly("agent-9");
	}

	@Test
	void directionAndDisconnectComeFromTheCustomersLegWhenAnalyticsLeavesThemOut() {
		given(this.agents.agentsAmong(eq("acme"), anyList())).willReturn(List.of("agent-1"));
		Segment agentHangsUpLast = new Segment(Segment.INTERACT, "queue-1", null, "peer", Details.START,
				Details.END.plusSeconds(5));
		List<Participant> participants = List.of(
				new Participant("agent-1", Participant.AGENT,
						List.of(new Session(null, null, "outbound", true, null, List.of(agentHangsUpLast)))),
				new Participant(null, Participant.EXTERNAL, List.of(new Session("tel:+1555", "tel:+1666", "outbound",
						true, null, List.of(Details.segment(null, null, "client"))))));

		CallMetadata call = this.mapper.map(message("agent-1"), new ConversationDetails(
				new Conversation("conv-1", Details.START, Details.END, null, List.of("d1", "d1"), participants, "{}")));

		assertThat(call.direction()).isEqualTo("outbound");
		assertThat(call.ani()).isEqualTo("tel:+1555");
		assertThat(call.disconnectType()).as("the customer's leg, not the last segment").isEqualTo("client");
		assertThat(call.divisionIds()).containsExactly("d1");
	}

	private static ConversationEnded message(String agentUserId) {
		return new ConversationEnded(1, UUID.randomUUID(), "acme", "conv-1", agentUserId, Details.END,
				Instant.parse("2026-11-24T10:05:01Z"), CallSource.WEBSOCKET);
	}

}
