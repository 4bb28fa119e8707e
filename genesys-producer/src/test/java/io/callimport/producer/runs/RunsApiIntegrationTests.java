package io.callimport.producer.runs;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.callimport.producer.AdminApiClient;
import io.callimport.producer.AdminApiClient.Response;
import io.callimport.producer.ProducerApplication;
import io.callimport.producer.ProducerServices;
import io.callimport.producer.SimulatedTenant;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.FaultSettings;
import io.callimport.simulator.control.RequestCount;
import io.callimport.simulator.control.RequestCounts;
import io.callimport.simulator.control.SimulatorControl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET|POST /api/v1/tenants/{tenantId}/reconciliations} and {@code …/{id}}: a
 * window of up to a day is a MANUAL run, a longer range a BACKFILL in day windows; both
 * run on the lease holder and end with their figures; invalid requests get a problem; a
 * window that keeps failing ends its run FAILED with the reason. Details jobs here give
 * up after 100 ms (the simulator fulfils them after 500 ms), so every settled window
 * falls back to the query and still finds its conversations.
 */
@SpringBootTest(classes = ProducerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunsApiIntegrationTests {

	static final String TENANT = "runsapi";

	static final String PATH = "/api/v1/tenants/" + TENANT + "/reconciliations";

	static final ProducerServices services = ProducerServices.create(TENANT)
		.with("reconciliation.poll-interval", "200ms")
		.with("reconciliation.retry-interval", "300ms")
		.with("reconciliation.max-attempts", "2")
		.with("reconciliation.max-range", "30d")
		.with("reconciliation.jobs.poll-interval", "200ms")
		.with("reconciliation.jobs.min-window", "1h")
		.with("reconciliation.jobs.max-wait", "100ms")
		.with("genesys.retry.max-attempts", "1");

	static final SimulatedTenant genesys = SimulatedTenant.create(services.simulator().control(),
			SimulatedTenant.scenario("Agents", 2, 1));

	/**
	 * Three calls of group agents, and one of a user outside the group, ended two hours
	 * ago.
	 */
	static final Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);

	static {
		SimulatorControl simulator = services.simulator().control();
		for (int i = 0; i < 3; i++) {
			simulator.createCalls(genesys.organizationId(),
					CallRequest.answeredBy(genesys.agent(i % 2))
						.withTiming(Duration.ofSeconds(30), Duration.ofSeconds(5))
						.startedAt(twoHoursAgo.plusSeconds(60L * i)));
		}
		simulator.createCalls(genesys.organizationId(),
				CallRequest.answeredBy(genesys.outsider(0)).startedAt(twoHoursAgo.plusSeconds(30)));
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		services.registerWith(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	AdminApiClient api;

	@BeforeEach
	void settings() {
		this.api = new AdminApiClient(this.port, ProducerServices.ADMIN_TOKEN);
		if (this.api.get("/api/v1/tenants/" + TENANT + "/genesys-settings").status() == 404) {
			assertThat(this.api.put("/api/v1/tenants/" + TENANT + "/genesys-settings", genesys.settingsJson()).status())
				.isEqualTo(201);
		}
	}

	@Test
	void aWindowOfADayOrLessIsAManualRunThatTheHolderCompletesWithItsFigures() {
		Response accepted = post(twoHoursAgo.minus(Duration.ofHours(1)), twoHoursAgo.plus(Duration.ofHours(1)));

		assertThat(accepted.status()).isEqualTo(202);
		JsonNode run = accepted.json();
		assertThat(run.path("kind").asString()).isEqualTo("MANUAL");
		assertThat(run.path("status").asString()).isIn("PENDING", "RUNNING");
		assertThat(run.path("windowsTotal").asInt()).isEqualTo(1);
		assertThat(accepted.body()).doesNotContain(genesys.clientSecret());
		JsonNode done = awaitFinished(run.path("id").asString());
		assertThat(done.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(done.path("found").asInt()).isEqualTo(3);
		assertThat(done.path("requeued").asInt() + done.path("inFlight").asInt() + done.path("alreadyImported").asInt())
			.isEqualTo(3);
		assertThat(done.path("windowsDone").asInt()).isEqualTo(1);
		assertThat(done.path("genesysRequests").asInt()).isPositive();
		assertThat(done.path("durationMs").asLong()).isNotNegative();
		assertThat(done.path("finishedAt").asString()).isNotEmpty();
		RequestCounts requests = services.simulator().control().requests();
		assertThat(count(requests, "POST", "/api/v2/analytics/conversations/details/jobs")).as("jobs given up")
			.isPositive();
		assertThat(count(requests, "POST", "/api/v2/analytics/conversations/details/query")).as("query instead")
			.isPositive();
	}

	private static long count(RequestCounts requests, String method, String path) {
		return requests.entries()
			.stream()
			.filter((entry) -> genesys.organizationId().equals(entry.organizationId()) && entry.method().equals(method)
					&& entry.path().equals(path))
			.mapToLong(RequestCount::count)
			.sum();
	}

	@Test
	void aRangeOverADayIsABackfillInDayWindows() {
		Instant to = Instant.now().minus(Duration.ofMinutes(30));
		JsonNode run = post(to.minus(Duration.ofHours(49)), to).json();

		assertThat(run.path("kind").asString()).isEqualTo("BACKFILL");
		assertThat(run.path("windowsTotal").asInt()).isEqualTo(3);
		JsonNode done = awaitFinished(run.path("id").asString());
		assertThat(done.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(done.path("windowsDone").asInt()).isEqualTo(3);
		assertThat(done.path("progressUntil").asString()).isEqualTo(done.path("to").asString());
		assertThat(done.path("found").asInt()).isEqualTo(3);
	}

	@Test
	void runsAreListedNewestFirstPagedAndFilteredByKind() {
		List<String> ids = new ArrayList<>();
		Instant to = Instant.now().minus(Duration.ofHours(5));
		for (int i = 0; i < 3; i++) {
			ids.add(0, post(to.minus(Duration.ofMinutes(10 + i)), to).json().path("id").asString());
		}
		ids.forEach(this::awaitFinished);

		JsonNode page = this.api.get(PATH + "?kind=MANUAL&size=2").json();

		assertThat(page.path("content")).hasSize(2);
		assertThat(page.path("content").get(0).path("id").asString()).isEqualTo(ids.get(0));
		assertThat(page.path("content").get(1).path("id").asString()).isEqualTo(ids.get(1));
		assertThat(page.path("page").path("totalElements").asInt()).isGreaterThanOrEqualTo(3);
		assertThat(this.api.get(PATH + "?kind=BACKFILL").json().path("content"))
			.allSatisfy((run) -> assertThat(run.path("kind").asString()).isEqualTo("BACKFILL"));
		assertThat(this.api.get(PATH + "?size=501").status()).isEqualTo(400);
		assertThat(this.api.get(PATH + "?kind=SOMETIMES").status()).isEqualTo(400);
	}

	@Test
	void invalidRequestsAreRejectedWithAProblemNamingTheMistake() {
		Instant now = Instant.now();
		assertProblem(this.api.post(PATH, "{\"from\":\"" + now.minusSeconds(60) + "\"}"), "to");
		assertProblem(post(now.minusSeconds(60), now.minusSeconds(120)), "'from' must be before 'to'");
		assertProblem(post(now.minusSeconds(60), now.plus(Duration.ofHours(1))), "'to' must not be in the future");
		assertProblem(post(now.minus(Duration.ofDays(40)), now.minusSeconds(60)), "at most 30 days");
		assertProblem(this.api.post(PATH, "{\"from\":\"yesterday\",\"to\":\"today\"}"), "not valid JSON");
		assertProblem(this.api.post(PATH, "{not json"), "not valid JSON");
	}

	@Test
	void unknownRunsAndOtherTenantsAreNotFoundAndTheTokenIsRequired() {
		Response unknown = this.api.get(PATH + "/" + UUID.randomUUID());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(this.api.get(PATH + "/not-a-uuid").status()).isEqualTo(400);
		assertThat(this.api.get("/api/v1/tenants/someone-else/reconciliations").status()).isEqualTo(404);
		assertThat(this.api.getWithToken(PATH, null).status()).isEqualTo(401);
	}

	@Test
	void aWindowThatKeepsFailingEndsItsRunFailedWithTheReason() {
		SimulatorControl simulator = services.simulator().control();
		simulator.setOrganizationFaults(genesys.organizationId(),
				FaultSettings.none().withErrorRate(1.0).withErrorStatuses(List.of(503)));
		try {
			Instant to = Instant.now().minus(Duration.ofHours(3));
			JsonNode failed = awaitFinished(post(to.minus(Duration.ofHours(1)), to).json().path("id").asString());

			assertThat(failed.path("status").asString()).isEqualTo("FAILED");
			assertThat(failed.path("attempts").asInt()).isEqualTo(2);
			assertThat(failed.path("error").asString()).contains("503");
			assertThat(failed.path("windowsDone").asInt()).isZero();
			assertThat(this.meters.find("callimport.reconciliation.runs")
				.tag("kind", "manual")
				.tag("outcome", "failed")
				.counters()
				.stream()
				.mapToDouble(Counter::count)
				.sum()).isEqualTo(1);
		}
		finally {
			simulator.clearOrganizationFaults(genesys.organizationId());
		}
	}

	private Response post(Instant from, Instant to) {
		return this.api.post(PATH, "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
	}

	private JsonNode awaitFinished(String id) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			String status = this.api.get(PATH + "/" + id).json().path("status").asString();
			return status.equals("SUCCEEDED") || status.equals("FAILED");
		});
		return this.api.get(PATH + "/" + id).json();
	}

	private static void assertProblem(Response response, String mentioned) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).contains(mentioned);
	}

}
