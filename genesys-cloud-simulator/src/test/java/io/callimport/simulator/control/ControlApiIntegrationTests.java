package io.callimport.simulator.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.callimport.simulator.GenesysCloudSimulator;
import io.callimport.simulator.SimulatorClients;
import io.callimport.simulator.web.GenesysMapper;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The control API over HTTP: organisations, membership changes, ground truth, request
 * counts, random traffic.
 */
class ControlApiIntegrationTests {

	private static GenesysCloudSimulator genesys;

	private static SimulatorControl control;

	@BeforeAll
	static void simulator() {
		genesys = GenesysCloudSimulator.shared();
		control = genesys.control();
	}

	@Test
	void countsRequestsPerEndpointStatusOrganizationAndClient() throws Exception {
		String orgId = newOrg(2, 0).organizationId();
		OrganizationState org = control.organization(orgId);
		String token = SimulatorClients.token(genesys.baseUrl(), orgId + "-client", "secret");
		String members = genesys.baseUrl() + "/api/v2/groups/" + org.groupId() + "/members";
		SimulatorClients.get(members, token).close();
		SimulatorClients.get(members + "?pageNumber=2", token).close();
		SimulatorClients.get(genesys.baseUrl() + "/api/v2/groups/unknown", token).close();

		List<RequestCount> mine = control.requests()
			.entries()
			.stream()
			.filter((entry) -> orgId.equals(entry.organizationId()))
			.toList();

		assertThat(mine).contains(
				new RequestCount("GET", "/api/v2/groups/{groupId}/members", 200, orgId, orgId + "-client", 2),
				new RequestCount("GET", "/api/v2/groups/{groupId}", 404, orgId, orgId + "-client", 1),
				new RequestCount("POST", "/oauth/token", 200, orgId, orgId + "-client", 1));
	}

	@Test
	void retunesTheLimitsOfALiveOrganizationKeepingItsTokensAndCalls() throws Exception {
		OrganizationState org = newOrg(1, 0);
		String orgId = org.organizationId();
		control.createCalls(orgId, CallRequest.answeredBy(org.agentUserIds().get(0)));
		String first = SimulatorClients.token(genesys.baseUrl(), orgId + "-client", "secret");
		String second = SimulatorClients.token(genesys.baseUrl(), orgId + "-client", "secret");
		String group = genesys.baseUrl() + "/api/v2/groups/" + org.groupId();

		OrganizationSettings before = control.settings(orgId);
		OrganizationSettings after = control.updateSettings(orgId,
				OrganizationSettings.unchanged()
					.withRequestsPerMinute(2)
					.withRateLimitScope(RateLimitScope.CLIENT)
					.withBatchProcessingTime(Duration.ofSeconds(2)));
		List<Integer> statuses = new java.util.ArrayList<>();
		for (String token : List.of(first, second, first)) {
			try (Response response = SimulatorClients.get(group, token)) {
				statuses.add(response.code());
			}
		}

		assertThat(before).isEqualTo(new OrganizationSettings(300, RateLimitScope.TOKEN, Duration.ofMillis(200)));
		assertThat(after).isEqualTo(new OrganizationSettings(2, RateLimitScope.CLIENT, Duration.ofSeconds(2)));
		assertThat(control.settings(orgId)).isEqualTo(after);
		assertThat(statuses).containsExactly(200, 200, 429);
		assertThat(control.organization(orgId).conversations()).isEqualTo(1);
		assertThatExceptionOfType(SimulatorControlException.class)
			.isThrownBy(() -> control.updateSettings(orgId, OrganizationSettings.unchanged().withRequestsPerMinute(0)))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(400));
	}

	@Test
	void forgetsRequestCountsOnReset() throws Exception {
		String orgId = newOrg(1, 0).organizationId();
		SimulatorClients.token(genesys.baseUrl(), orgId + "-client", "secret");

		control.resetRequests();

		assertThat(control.requests().entries()).noneMatch((entry) -> orgId.equals(entry.organizationId()));
	}

	@Test
	void listsInGroupScopeTheCallsOfUsersWhoWereMembersAtCallTime() {
		OrganizationState org = newOrg(2, 1);
		String orgId = org.organizationId();
		String member = org.agentUserIds().get(0);
		String outsider = org.outsideUserIds().get(0);
		Instant past = Instant.now().minus(Duration.ofHours(1));
		String whileMember = control.createCalls(orgId, CallRequest.answeredBy(member).startedAt(past)).get(0);
		control.removeGroupMember(orgId, member);
		String afterLeaving = control.createCalls(orgId, CallRequest.answeredBy(member).startedAt(past.plusSeconds(10)))
			.get(0);
		List<String> added = control.addGroupMembers(orgId, List.of(outsider), 1);
		String newMember = control.createCalls(orgId, CallRequest.answeredBy(outsider).startedAt(past.plusSeconds(20)))
			.get(0);

		GroundTruth group = control.groundTruth(orgId, null, null, true, false);
		GroundTruth all = control.groundTruth(orgId, null, null, false, false);

		assertThat(added).hasSize(2).startsWith(outsider);
		assertThat(control.organization(orgId).agentUserIds()).doesNotContain(member).contains(outsider);
		assertThat(group.conversationIds()).containsExactly(whileMember, newMember);
		assertThat(all.conversationIds()).containsExactly(whileMember, afterLeaving, newMember);
		GroundTruthConversation first = group.conversations().get(0);
		assertThat(first.historic()).isTrue();
		assertThat(first.groupAgentUserIds()).containsExactly(member);
		assertThat(first.participants()).extracting(GroundTruthParticipant::groupMember).containsExactly(true);
		assertThat(first.recordings()).singleElement().satisfies((recording) -> {
			assertThat(recording.format()).isEqualTo("WAV");
			assertThat(recording.sha256()).isNull();
		});
	}

	@Test
	void filtersGroundTruthByEndTimeAndDescribesTransfersChatsAndArchivedRecordings() throws Exception {
		OrganizationState org = newOrg(2, 0);
		String orgId = org.organizationId();
		String a = org.agentUserIds().get(0);
		String b = org.agentUserIds().get(1);
		Instant past = Instant.now().minus(Duration.ofHours(2));
		String old = control.createCalls(orgId, CallRequest.answeredBy(a).startedAt(past)).get(0);
		String transferred = control
			.createCalls(orgId, CallRequest.answeredBy(a).withTransferTo(b, 2).startedAt(past.plusSeconds(3600)))
			.get(0);
		String chat = control.createCalls(orgId, CallRequest.answeredBy(b).asChat().startedAt(past.plusSeconds(3700)))
			.get(0);
		String archived = control
			.createCalls(orgId,
					CallRequest.answeredBy(b).withRecording(1, "ARCHIVED", 1, null).startedAt(past.plusSeconds(3800)))
			.get(0);

		GroundTruth recent = control.groundTruth(orgId, past.plusSeconds(1800), null, true);
		String token = SimulatorClients.token(genesys.baseUrl(), orgId + "-client", "secret");

		assertThat(recent.conversationIds()).containsExactly(transferred, chat, archived).doesNotContain(old);
		GroundTruthConversation transfer = recent.conversations().get(0);
		assertThat(transfer.participants()).extracting(GroundTruthParticipant::disconnectType)
			.containsExactly("transfer", "peer");
		assertThat(transfer.recordings()).hasSize(2).allSatisfy((r) -> assertThat(r.sha256()).hasSize(64));
		assertThat(recent.conversations().get(1).mediaType()).isEqualTo("chat");
		assertThat(recent.conversations().get(1).recordings()).isEmpty();
		try (Response chatRecordings = SimulatorClients
			.get(genesys.baseUrl() + "/api/v2/conversations/" + chat + "/recordings?formatId=WAV", token);
				Response archivedRecordings = SimulatorClients
					.get(genesys.baseUrl() + "/api/v2/conversations/" + archived + "/recordings?formatId=WAV", token)) {
			assertThat(chatRecordings.body().string()).isEqualTo("[]");
			JsonNode recording = GenesysMapper.get().readTree(archivedRecordings.body().string()).get(0);
			assertThat(recording.get("fileState").asText()).isEqualTo("ARCHIVED");
			assertThat(recording.has("mediaUris")).isFalse();
			assertThat(recording.has("archiveDate")).isTrue();
		}
	}

	@Test
	void keepsOrganizationsApart() throws Exception {
		OrganizationState first = newOrg(1, 0);
		OrganizationState second = newOrg(1, 0);
		String conversation = control
			.createCalls(first.organizationId(),
					CallRequest.answeredBy(first.agentUserIds().get(0)).startedAt(Instant.now().minusSeconds(600)))
			.get(0);
		String secondToken = SimulatorClients.token(genesys.baseUrl(), second.organizationId() + "-client", "secret");

		try (Response group = SimulatorClients.get(genesys.baseUrl() + "/api/v2/groups/" + first.groupId(),
				secondToken);
				Response details = SimulatorClients.get(
						genesys.baseUrl() + "/api/v2/analytics/conversations/" + conversation + "/details",
						secondToken)) {
			assertThat(group.code()).isEqualTo(404);
			assertThat(details.code()).isEqualTo(404);
		}
		assertThatExceptionOfType(SimulatorControlException.class)
			.isThrownBy(() -> control.putOrganization("other-" + UUID.randomUUID(),
					OrganizationScenario.of(first.organizationId() + "-client", "x", "G", 1)))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(409));
	}

	@Test
	void rejectsAnInvalidScenarioNamingTheField() throws Exception {
		okhttp3.Request put = new okhttp3.Request.Builder().url(genesys.baseUrl() + "/simulator/organizations/broken")
			.put(okhttp3.RequestBody.create("{\"group\":{\"name\":\"G\",\"agents\":1}}",
					okhttp3.MediaType.get("application/json")))
			.build();

		try (Response response = SimulatorClients.HTTP.newCall(put).execute()) {
			assertThat(response.code()).isEqualTo(400);
			assertThat(response.body().string()).contains("clients must name at least one OAuth client");
		}
	}

	@Test
	void givesAReplacedOrganizationNewIdsAndForgetsTheOldCalls() {
		String orgId = "replaced-" + UUID.randomUUID();
		OrganizationScenario scenario = OrganizationScenario.of(orgId + "-client", "secret", "Agents", 1);
		OrganizationState before = control.putOrganization(orgId, scenario);
		String oldCall = control
			.createCalls(orgId,
					CallRequest.answeredBy(before.agentUserIds().get(0)).startedAt(Instant.now().minusSeconds(60)))
			.get(0);

		OrganizationState after = control.putOrganization(orgId, scenario);
		String newCall = control
			.createCalls(orgId,
					CallRequest.answeredBy(after.agentUserIds().get(0)).startedAt(Instant.now().minusSeconds(60)))
			.get(0);

		assertThat(after.agentUserIds()).doesNotContainAnyElementsOf(before.agentUserIds());
		assertThat(newCall).isNotEqualTo(oldCall);
		assertThat(control.groundTruth(orgId, null, null, false, false).conversationIds()).containsExactly(newCall);
	}

	@Test
	void rejectsAMisspeltFieldInsteadOfIgnoringIt() throws Exception {
		okhttp3.Request put = new okhttp3.Request.Builder().url(genesys.baseUrl() + "/simulator/faults")
			.put(okhttp3.RequestBody.create("{\"eventDropRte\":0.5}", okhttp3.MediaType.get("application/json")))
			.build();

		try (Response response = SimulatorClients.HTTP.newCall(put).execute()) {
			assertThat(response.code()).isEqualTo(400);
			assertThat(response.body().string()).contains("eventDropRte");
		}
		assertThat(control.faults().eventDropRate()).isZero();
	}

	@Test
	void generatesRandomTrafficUntilStopped() {
		String orgId = "traffic-" + UUID.randomUUID();
		control.putOrganization(orgId,
				OrganizationScenario.of(orgId + "-client", "secret", "Agents", 4)
					.withUsers(2, 0)
					.withTraffic(TrafficScenario.defaults()
						.withCallsPerMinute(600)
						.withCallDuration(Duration.ofMillis(200), Duration.ofMillis(400))));

		assertThat(control.startTraffic(orgId).trafficRunning()).isTrue();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> control.groundTruth(orgId, null, null, false, false).conversations().size() >= 5);
		OrganizationState stopped = control.stopTraffic(orgId);

		assertThat(stopped.trafficRunning()).isFalse();
		assertThat(stopped.conversations()).isGreaterThanOrEqualTo(5);
	}

	private static OrganizationState newOrg(int agents, int outsiders) {
		String id = "control-" + UUID.randomUUID();
		return control.putOrganization(id,
				OrganizationScenario.of(id + "-client", "secret", "Agents", agents).withUsers(outsiders, 0));
	}

}
