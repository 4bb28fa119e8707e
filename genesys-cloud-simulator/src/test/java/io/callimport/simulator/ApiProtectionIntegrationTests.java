package io.callimport.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.FaultSettings;
import io.callimport.simulator.control.GroundTruthConversation;
import io.callimport.simulator.control.OrganizationScenario;
import io.callimport.simulator.control.OrganizationState;
import io.callimport.simulator.control.RateLimitScope;
import io.callimport.simulator.control.SimulatorControl;
import io.callimport.simulator.web.GenesysMapper;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a client must cope with: rate limits, server errors, dead tokens, analytics lag,
 * transcoding recordings, and clear errors for bad requests.
 */
class ApiProtectionIntegrationTests {

	private static GenesysCloudSimulator genesys;

	private static SimulatorControl control;

	@BeforeAll
	static void simulator() {
		genesys = GenesysCloudSimulator.shared();
		control = genesys.control();
	}

	@Test
	void answers429WithRetryAfterOncePastTheRequestsPerMinuteOfAToken() throws Exception {
		Tenant tenant = tenant(OrganizationScenario::withName, 5);
		String token = tenant.token();
		for (int n = 1; n <= 5; n++) {
			try (Response response = get(tenant.groupUrl(), token)) {
				assertThat(response.code()).isEqualTo(200);
				assertThat(response.header("inin-ratelimit-count")).isEqualTo(Integer.toString(n));
				assertThat(response.header("inin-ratelimit-allowed")).isEqualTo("5");
			}
		}

		try (Response limited = get(tenant.groupUrl(), token);
				Response fresh = get(tenant.groupUrl(), tenant.token())) {
			JsonNode body = json(limited);
			int retryAfter = Integer.parseInt(limited.header("Retry-After"));
			assertThat(limited.code()).isEqualTo(429);
			assertThat(retryAfter).isBetween(1, 60);
			assertThat(body.get("code").asText()).isEqualTo("too.many.requests.retry.after");
			assertThat(body.get("message").asText())
				.isEqualTo("Rate limit exceeded the maximum. Retry the request in [" + retryAfter + "] seconds");
			assertThat(body.get("contextId").asText()).isEqualTo(limited.header("ININ-Correlation-Id"));
			assertThat(fresh.code()).isEqualTo(200);
		}
	}

	@Test
	void sharesOneWindowBetweenTheTokensOfAClientWhenTheLimitIsPerClient() throws Exception {
		Tenant tenant = tenant((s, name) -> s.withRateLimitScope(RateLimitScope.CLIENT), 4);
		String first = tenant.token();
		String second = tenant.token();
		for (String token : List.of(first, second, first, second)) {
			try (Response response = get(tenant.groupUrl(), token)) {
				assertThat(response.code()).isEqualTo(200);
			}
		}

		try (Response limited = get(tenant.groupUrl(), first);
				Response alsoLimited = get(tenant.groupUrl(), tenant.token())) {
			assertThat(limited.code()).isEqualTo(429);
			assertThat(limited.header("inin-ratelimit-count")).isEqualTo("4");
			assertThat(json(limited).get("code").asText()).isEqualTo("too.many.requests.retry.after");
			assertThat(alsoLimited.code()).isEqualTo(429);
		}
	}

	@Test
	void failsWithInjectedServerErrorsUntilTheFaultIsCleared() throws Exception {
		Tenant tenant = tenant(OrganizationScenario::withName, 300);
		String token = tenant.token();
		control.setOrganizationFaults(tenant.orgId(),
				FaultSettings.none().withErrorRate(1.0).withErrorStatuses(List.of(503)));

		try (Response failed = get(tenant.groupUrl(), token)) {
			assertThat(failed.code()).isEqualTo(503);
			assertThat(json(failed).get("status").asInt()).isEqualTo(503);
		}
		control.clearOrganizationFaults(tenant.orgId());
		try (Response ok = get(tenant.groupUrl(), token)) {
			assertThat(ok.code()).isEqualTo(200);
		}
	}

	@Test
	void delaysApiRequestsByTheInjectedLatency() throws Exception {
		Tenant tenant = tenant(OrganizationScenario::withName, 300);
		String token = tenant.token();
		control.setOrganizationFaults(tenant.orgId(), FaultSettings.none().withLatency(Duration.ofMillis(400)));

		long started = System.nanoTime();
		try (Response slow = get(tenant.groupUrl(), token)) {
			long elapsedMs = (System.nanoTime() - started) / 1_000_000;
			assertThat(slow.code()).isEqualTo(200);
			assertThat(elapsedMs).isGreaterThanOrEqualTo(400);
		}
	}

	@Test
	void aClientWhoseRoleLacksAPermissionGets403OnTheEndpointsThatNeedIt() throws Exception {
		Tenant tenant = tenant((s, name) -> s.withLags(Duration.ZERO, Duration.ZERO)
			.withClients(List.of(s.clients().get(0).withoutPermissions("recording:recording:view"))), 300);
		String conversationId = control
			.createCalls(tenant.orgId(),
					CallRequest.answeredBy(tenant.org().agentUserIds().get(0))
						.startedAt(Instant.now().minusSeconds(60)))
			.get(0);
		String token = tenant.token();

		try (Response recordings = get(
				genesys.baseUrl() + "/api/v2/conversations/" + conversationId + "/recordings?formatId=WAV", token);
				Response details = get(
						genesys.baseUrl() + "/api/v2/analytics/conversations/" + conversationId + "/details", token);
				Response group = get(tenant.groupUrl(), token)) {
			JsonNode body = json(recordings);
			assertThat(recordings.code()).isEqualTo(403);
			assertThat(body.get("status").asInt()).isEqualTo(403);
			assertThat(body.get("code").asText()).isEqualTo("missing.permissions");
			assertThat(body.get("message").asText()).contains("[recording:recording:view]");
			assertThat(details.code()).isEqualTo(200);
			assertThat(group.code()).isEqualTo(200);
		}
	}

	@Test
	void failsMediaDownloadsWhenToldTo() throws Exception {
		Tenant tenant = tenant((s, name) -> s.withLags(Duration.ZERO, Duration.ZERO), 300);
		String conversationId = control
			.createCalls(tenant.orgId(),
					CallRequest.answeredBy(tenant.org().agentUserIds().get(0))
						.startedAt(Instant.now().minusSeconds(60)))
			.get(0);
		String mediaUri;
		try (Response recordings = get(
				genesys.baseUrl() + "/api/v2/conversations/" + conversationId + "/recordings?formatId=WAV",
				tenant.token())) {
			mediaUri = json(recordings).get(0).path("mediaUris").path("S").path("mediaUri").asText();
		}
		control.setOrganizationFaults(tenant.orgId(), FaultSettings.none().withMediaErrorRate(1.0));

		try (Response failed = SimulatorClients.HTTP.newCall(new Request.Builder().url(mediaUri).build()).execute()) {
			assertThat(failed.code()).isEqualTo(503);
		}
		control.clearOrganizationFaults(tenant.orgId());
		try (Response served = SimulatorClients.HTTP.newCall(new Request.Builder().url(mediaUri).build()).execute()) {
			assertThat(served.code()).isEqualTo(200);
			assertThat(served.body().bytes()).hasSize(Integer.parseInt(served.header("Content-Length")));
		}
	}

	@Test
	void answers401AfterRevocationUntilANewTokenIsFetched() throws Exception {
		Tenant tenant = tenant(OrganizationScenario::withName, 300);
		String revoked = tenant.token();

		int count = control.revokeTokens(tenant.orgId());

		try (Response refused = get(tenant.groupUrl(), revoked);
				Response renewed = get(tenant.groupUrl(), tenant.token())) {
			assertThat(count).isEqualTo(1);
			assertThat(refused.code()).isEqualTo(401);
			assertThat(json(refused).get("code").asText()).isEqualTo("bad.credentials");
			assertThat(renewed.code()).isEqualTo(200);
		}
	}

	@Test
	void answers401OnceATokenHasExpired() throws Exception {
		Tenant tenant = tenant((s, name) -> s.withLifetimes(Duration.ofSeconds(1), null, null), 300);
		String token = tenant.token();

		await().atMost(Duration.ofSeconds(5)).until(() -> {
			try (Response response = get(tenant.groupUrl(), token)) {
				return response.code() == 401;
			}
		});
	}

	@Test
	void refusesBadLoginsWithOAuthErrors() throws Exception {
		Tenant tenant = tenant(OrganizationScenario::withName, 300);
		try (Response wrongSecret = login(tenant.clientId(), "wrong", "client_credentials");
				Response wrongGrant = login(tenant.clientId(), "secret", "password");
				Response noAuth = SimulatorClients.HTTP
					.newCall(new Request.Builder().url(genesys.baseUrl() + "/oauth/token")
						.post(new FormBody.Builder().add("grant_type", "client_credentials").build())
						.build())
					.execute()) {
			assertThat(wrongSecret.code()).isEqualTo(401);
			assertThat(json(wrongSecret).get("error").asText()).isEqualTo("invalid_client");
			assertThat(wrongGrant.code()).isEqualTo(400);
			assertThat(json(wrongGrant).get("error").asText()).isEqualTo("unsupported_grant_type");
			assertThat(noAuth.code()).isEqualTo(401);
		}
	}

	@Test
	void showsAConversationToAnalyticsOnlyAfterItsLag() throws Exception {
		Tenant tenant = tenant((s, name) -> s.withLags(Duration.ofSeconds(3), Duration.ofSeconds(1)), 300);
		String token = tenant.token();
		String conversationId = control
			.createCalls(tenant.orgId(),
					CallRequest.answeredBy(tenant.org().agentUserIds().get(0))
						.withTiming(Duration.ofMillis(500), Duration.ZERO))
			.get(0);
		String url = genesys.baseUrl() + "/api/v2/analytics/conversations/" + conversationId + "/details";

		int early;
		try (Response response = get(url, token)) {
			early = response.code();
		}
		Instant endSeen = await().atMost(Duration.ofSeconds(10)).until(() -> {
			try (Response response = get(url, token)) {
				return (response.code() == 200 && json(response).has("conversationEnd")) ? Instant.now() : null;
			}
		}, java.util.Objects::nonNull);
		GroundTruthConversation truth = control.groundTruth(tenant.orgId(), null, null, true, false)
			.conversations()
			.get(0);

		assertThat(early).isEqualTo(404);
		assertThat(endSeen).isAfterOrEqualTo(truth.endedAt().plusSeconds(3));
	}

	@Test
	void waitsUpToMaxWaitMsForATranscodingRecordingAndRefusesFormatsItCannotServe() throws Exception {
		Tenant tenant = tenant((s, name) -> s.withLags(Duration.ZERO, Duration.ofMillis(800)), 300);
		String token = tenant.token();
		String conversationId = control
			.createCalls(tenant.orgId(),
					CallRequest.answeredBy(tenant.org().agentUserIds().get(0))
						.withTiming(Duration.ofMillis(300), Duration.ZERO))
			.get(0);
		String url = genesys.baseUrl() + "/api/v2/conversations/" + conversationId + "/recordings";

		try (Response waited = get(url + "?formatId=WAV&maxWaitMs=5000", token);
				Response ulaw = get(url + "?formatId=WAV_ULAW", token);
				Response webm = get(url, token);
				Response mp3 = get(url + "?formatId=MP3", token)) {
			JsonNode wav = json(waited).get(0);
			JsonNode trunk = json(ulaw).get(0);
			assertThat(waited.code()).isEqualTo(200);
			assertThat(wav.path("mediaUris").path("S").path("mediaUri").asText()).contains("/media/recordings/");
			assertThat(ulaw.code()).isEqualTo(200);
			assertThat(trunk.path("mediaUris").path("S").path("mediaUri").asText()).contains("/media/ulaw/");
			assertThat(trunk.path("outputSizeInBytes").asLong())
				.isEqualTo((wav.path("outputSizeInBytes").asLong() - 44) / 2 + 58);
			assertThat(webm.code()).isEqualTo(400);
			assertThat(json(webm).get("message").asText()).contains("WAV");
			assertThat(mp3.code()).isEqualTo(400);
		}
	}

	@Test
	void answersBadRequestsWithAnErrorBody() throws Exception {
		Tenant tenant = tenant(OrganizationScenario::withName, 300);
		String token = tenant.token();
		Request malformed = new Request.Builder()
			.url(genesys.baseUrl() + "/api/v2/analytics/conversations/details/query")
			.header("Authorization", "Bearer " + token)
			.post(RequestBody.create("{\"interval\":", MediaType.get("application/json")))
			.build();

		try (Response bad = SimulatorClients.HTTP.newCall(malformed).execute();
				Response unknownPath = get(genesys.baseUrl() + "/api/v2/nothing/here", token);
				Response noToken = SimulatorClients.HTTP.newCall(new Request.Builder().url(tenant.groupUrl()).build())
					.execute()) {
			assertThat(bad.code()).isEqualTo(400);
			assertThat(json(bad).get("code").asText()).isEqualTo("bad.request");
			assertThat(unknownPath.code()).isEqualTo(404);
			assertThat(json(unknownPath).get("code").asText()).isEqualTo("not.found");
			assertThat(noToken.code()).isEqualTo(401);
			assertThat(noToken.header("ININ-Correlation-Id")).isNotBlank();
		}
	}

	private static Response get(String url, String token) throws Exception {
		return SimulatorClients.get(url, token);
	}

	private static Response login(String clientId, String secret, String grantType) throws Exception {
		return SimulatorClients.HTTP
			.newCall(new Request.Builder().url(genesys.baseUrl() + "/oauth/token")
				.header("Authorization", Credentials.basic(clientId, secret))
				.post(new FormBody.Builder().add("grant_type", grantType).build())
				.build())
			.execute();
	}

	private static JsonNode json(Response response) throws Exception {
		return GenesysMapper.get().readTree(response.body().string());
	}

	private static Tenant tenant(
			java.util.function.BiFunction<OrganizationScenario, String, OrganizationScenario> tweak,
			int requestsPerMinute) {
		String id = "protect-" + UUID.randomUUID();
		OrganizationScenario scenario = OrganizationScenario.of(id + "-client", "secret", "Agents", 2)
			.withLimits(1000, 20, requestsPerMinute);
		OrganizationState org = control.putOrganization(id, tweak.apply(scenario, id));
		return new Tenant(id, id + "-client", org);
	}

	private record Tenant(String orgId, String clientId, OrganizationState org) {

		String token() {
			return SimulatorClients.token(genesys.baseUrl(), this.clientId, "secret");
		}

		String groupUrl() {
			return genesys.baseUrl() + "/api/v2/groups/" + this.org.groupId();
		}

	}

}
