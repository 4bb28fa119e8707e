package io.callimport.genesys.conversations;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.GenesysClients;
import io.callimport.genesys.SimulatedTenant;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.FaultSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The conversation-details gateway against the simulator: records with the fields the
 * consumer uses, Genesys' own JSON per conversation, 404 as "not found", failures
 * classified, the API body cap kept.
 */
class SdkConversationDetailsGatewayIntegrationTests {

	private static SimulatedTenant tenant;

	private final ConversationDetailsGateway gateway = new SdkConversationDetailsGateway();

	@BeforeAll
	static void start() {
		tenant = SimulatedTenant.start("org-details-gateway");
	}

	@AfterAll
	static void stop() {
		tenant.close();
	}

	@Test
	void readsOneConversationWithItsParticipantsAndGenesysJson() throws Exception {
		String id = tenant.historicCalls(CallRequest.answeredBy(tenant.agent(0))).get(0);

		Conversation conversation = this.gateway.conversation(tenant.client(), id).orElseThrow();

		assertThat(conversation.conversationId()).isEqualTo(id);
		assertThat(conversation.start()).isBefore(conversation.end());
		assertThat(conversation.divisionIds()).containsExactly(tenant.org().divisionId());
		assertThat(conversation.participants()).extracting(Participant::purpose)
			.contains(Participant.CUSTOMER, Participant.AGENT);
		Participant agent = conversation.participants()
			.stream()
			.filter((participant) -> Participant.AGENT.equals(participant.purpose()))
			.findFirst()
			.orElseThrow();
		assertThat(agent.userId()).isEqualTo(tenant.agent(0));
		assertThat(agent.sessions()).flatExtracting(Session::segments)
			.extracting(Segment::segmentType)
			.contains(Segment.INTERACT);
		JsonNode json = new ObjectMapper().readTree(conversation.json());
		assertThat(json.path("conversationId").asText()).isEqualTo(id);
		assertThat(json.path("participants").isArray()).isTrue();
		assertThat(json.has("conversationStart")).isTrue();
	}

	@Test
	void unknownConversationIsNotFound() {
		assertThat(this.gateway.conversation(tenant.client(), "no-such-conversation")).isEmpty();
	}

	@Test
	void readsSeveralConversationsInOneRequestAndReportsTheUnknownOnes() throws Exception {
		List<String> ids = tenant.historicCalls(CallRequest.answeredBy(tenant.agent(1)).withCount(2));

		ConversationsFound answer = this.gateway.conversations(tenant.client(),
				List.of(ids.get(0), "no-such-conversation", ids.get(1)));

		assertThat(answer.found()).containsOnlyKeys(ids);
		assertThat(answer.notFound()).isEqualTo(Set.of("no-such-conversation"));
		for (String id : ids) {
			JsonNode json = new ObjectMapper().readTree(answer.found().get(id).json());
			assertThat(json.path("conversationId").asText()).as("each conversation's own document").isEqualTo(id);
		}
	}

	@Test
	void classifiesAFailureOfTheRequest() {
		String orgId = tenant.org().organizationId();
		tenant.simulator()
			.control()
			.setOrganizationFaults(orgId, FaultSettings.none().withErrorRate(1.0).withErrorStatuses(List.of(501)));
		try {
			GenesysException failure = catchThrowableOfType(GenesysException.class,
					() -> this.gateway.conversation(tenant.client(), "any"));
			assertThat(failure.kind()).isEqualTo(GenesysFailureKind.PERMANENT);
			assertThat(failure.failure().status()).isEqualTo(501);
		}
		finally {
			tenant.simulator().control().clearOrganizationFaults(orgId);
		}
	}

	@Test
	void refusesADocumentOverTheApiBodyCap() {
		// the cap is the client's (GENESYS_MAXAPIBODY); one conversation's details are
		// over 1 kB
		String id = tenant.historicCalls(CallRequest.answeredBy(tenant.agent(2))).get(0);
		try (GenesysClients capped = tenant.clientsWithMaxApiBody(DataSize.ofKilobytes(1))) {
			GenesysClient client = capped.forTenant(tenant.org().organizationId(), tenant.credentials());

			GenesysException failure = catchThrowableOfType(GenesysException.class,
					() -> this.gateway.conversation(client, id));

			assertThat(failure.kind()).isEqualTo(GenesysFailureKind.PERMANENT);
			assertThat(failure).hasMessageContaining("over the cap of 1024 bytes");
		}
	}

}
