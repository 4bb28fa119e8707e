package io.callimport.genesys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.callimport.genesys.budget.BudgetSettings;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.retry.RetrySettings;
import io.callimport.model.settings.ClientSecret;
import io.callimport.simulator.GenesysCloudSimulator;
import io.callimport.simulator.SimulatorSettings;
import io.callimport.simulator.control.FaultSettings;
import io.callimport.simulator.control.OrganizationScenario;
import io.callimport.simulator.control.OrganizationState;
import io.callimport.simulator.control.RequestCount;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The client against the Genesys Cloud simulator (a separate Spring application speaking
 * Genesys' wire format): its rate limit and {@code inin-ratelimit-*} headers, token
 * revocation and injected 5xx. One organisation and OAuth client per test; the tests run
 * concurrently so that the long wait of the rate-limit window overlaps the others.
 */
@Execution(ExecutionMode.CONCURRENT)
class SimulatorIntegrationTests {

	private static GenesysCloudSimulator simulator;

	private static GenesysClients clients;

	private static final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@BeforeAll
	static void start() {
		// Genesys' rate-limit window is a minute; 15 s keeps the waits for its end short
		simulator = GenesysCloudSimulator
			.start(SimulatorSettings.defaults().withProperty("simulator.rate-limit-window", "15s"));
		GenesysProperties defaults = GenesysProperties.defaults();
		// long enough to wait out the simulator's one-minute rate-limit window
		RetrySettings retry = new RetrySettings(4, Duration.ofMillis(100), 2.0, Duration.ofMillis(400),
				Duration.ofMillis(20), Duration.ofSeconds(90), Duration.ofSeconds(65));
		java.net.URI url = java.net.URI.create(simulator.baseUrl());
		// a budget that waits out the pause at the end of the simulator's one-minute
		// window
		clients = new GenesysClients(new GenesysProperties(url, url, defaults.tokenRenewalMargin(),
				new BudgetSettings(3000, 10, 0.5, 2, Duration.ofSeconds(90)), retry, defaults.timeouts(),
				defaults.websocket()), registry);
	}

	@AfterAll
	static void stop() {
		clients.close();
		simulator.close();
	}

	@Test
	void pausesAtTheEndOfTheRateLimitWindowInsteadOfRunningIntoA429() {
		OrganizationState org = organization("org-ratelimit", 3);
		GenesysClient client = client(org);
		for (int i = 0; i < 3; i++) {
			client.call(() -> client.groups().getGroup(org.groupId()));
		}

		long start = System.nanoTime();
		String name = client.call(() -> client.groups().getGroup(org.groupId())).getName();
		Duration waited = Duration.ofNanos(System.nanoTime() - start);

		System.out.printf("simulator window used up (inin-ratelimit-count = allowed): paused %.1f s, no 429%n",
				waited.toMillis() / 1000.0);
		assertThat(name).isEqualTo(org.groupName());
		assertThat(answers(org, 429)).isZero();
		assertThat(answers(org, 200)).isEqualTo(4);
		assertThat(waited).as("the rest of the 15 s window").isGreaterThan(Duration.ofSeconds(6));
		assertThat(client.budgetPlannedRequestsPerMinute()).as("planned below the allowance of 3").isEqualTo(2);
	}

	@Test
	void surfacesA429LongerThanTheMaximumWaitWithoutWaitingAndPausesTheClient() throws Exception {
		OrganizationState org = organization("org-ratelimit-long", 1);
		// the first request is answered late, so that the second reaches Genesys before
		// the
		// first answer could pause the client: the second gets the 429
		simulator.control()
			.setOrganizationFaults(org.organizationId(), FaultSettings.none().withLatency(Duration.ofSeconds(3)));
		GenesysClients impatient = new GenesysClients(withMaxRetryAfter(Duration.ofSeconds(5)),
				new SimpleMeterRegistry());
		GenesysClient client = impatient.forTenant(org.organizationId(), credentials(org));
		ExecutorService callers = Executors.newFixedThreadPool(2);
		List<Future<GenesysException>> calls = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < 2; i++) {
			calls.add(callers.submit(() -> catchThrowableOfType(GenesysException.class,
					() -> client.call(() -> client.groups().getGroup(org.groupId())))));
		}
		GenesysException failure = null;
		for (Future<GenesysException> call : calls) {
			GenesysException outcome = call.get(30, TimeUnit.SECONDS);
			failure = (outcome != null) ? outcome : failure;
		}
		callers.shutdown();
		GenesysException paused = catchThrowableOfType(GenesysException.class,
				() -> client.call(() -> client.groups().getGroup(org.groupId())));
		impatient.close();

		assertThat(failure.kind()).isEqualTo(GenesysFailureKind.RATE_LIMITED);
		assertThat(failure.failure().retryAfter()).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(15));
		assertThat(failure.failure().code()).isEqualTo("too.many.requests.retry.after");
		assertThat(paused.kind()).isEqualTo(GenesysFailureKind.RATE_LIMITED);
		assertThat(paused.failure().retryAfter()).isGreaterThan(Duration.ofSeconds(5));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		assertThat(answers(org, 429)).isEqualTo(1);
		assertThat(answers(org, 200)).isEqualTo(1);
	}

	@Test
	void renewsARevokedTokenOnceAndSucceeds() {
		OrganizationState org = organization("org-revoked", 300);
		GenesysClient client = client(org);
		client.call(() -> client.groups().getGroup(org.groupId()));

		assertThat(simulator.control().revokeTokens(org.organizationId())).isEqualTo(1);
		String name = client.call(() -> client.groups().getGroup(org.groupId())).getName();

		assertThat(name).isEqualTo(org.groupName());
		assertThat(
				registry.get("genesys.requests").tags("tenant", org.organizationId(), "status", "401").timer().count())
			.isEqualTo(1);
		assertThat(logins(org)).isEqualTo(2);
	}

	@Test
	void endsPersistent5xxInAClearFailureAfterTheRetryBudget() {
		OrganizationState org = organization("org-failing", 300);
		simulator.control()
			.setOrganizationFaults(org.organizationId(),
					FaultSettings.none().withErrorRate(1.0).withErrorStatuses(List.of(503)));
		GenesysClient client = client(org);

		GenesysException failure = catchThrowableOfType(GenesysException.class,
				() -> client.call(() -> client.groups().getGroup(org.groupId())));

		assertThat(failure.kind()).isEqualTo(GenesysFailureKind.TRANSIENT);
		assertThat(failure).hasMessageContaining("failed after 4 attempts").hasMessageContaining("HTTP 503");
		assertThat(answers(org, 503)).isEqualTo(4);
	}

	@Test
	void holdsABurstOfThreeHundredCallsToTheConfiguredRate() throws Exception {
		OrganizationState org = organization("org-burst", 100_000);
		GenesysClient client = client(org);
		client.call(() -> client.groups().getGroup(org.groupId()));
		ExecutorService callers = Executors.newFixedThreadPool(8);
		List<Future<?>> calls = new ArrayList<>();

		long start = System.nanoTime();
		for (int i = 0; i < 300; i++) {
			calls.add(callers.submit(() -> client.call(() -> client.groups().getGroup(org.groupId()))));
		}
		for (Future<?> call : calls) {
			call.get(1, TimeUnit.MINUTES);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		callers.shutdown();

		System.out.printf("simulator: 300 calls at 3000/min (50/s, burst 10) in %.2f s = %.1f calls/s%n", seconds,
				300 / seconds);
		assertThat(answers(org, 200)).isEqualTo(301);
		assertThat(seconds).isGreaterThanOrEqualTo((300 - 10) / 50.0 * 0.98);
		assertThat(answers(org, 429)).isZero();
	}

	private static OrganizationState organization(String orgId, int requestsPerMinute) {
		OrganizationScenario scenario = OrganizationScenario.of(orgId + "-client", orgId + "-secret",
				"Agents of " + orgId, 3);
		return simulator.control().putOrganization(orgId, scenario.withLimits(1000, 20, requestsPerMinute));
	}

	private static GenesysClient client(OrganizationState org) {
		return clients.forTenant(org.organizationId(), credentials(org));
	}

	private static GenesysCredentials credentials(OrganizationState org) {
		String clientId = org.clientIds().get(0);
		return new GenesysCredentials("mypurecloud.com", clientId,
				new ClientSecret(clientId.replace("-client", "-secret")));
	}

	private static GenesysProperties withMaxRetryAfter(Duration maxRetryAfter) {
		GenesysProperties base = GenesysProperties.defaults();
		java.net.URI url = java.net.URI.create(simulator.baseUrl());
		RetrySettings retry = new RetrySettings(4, Duration.ofMillis(100), 2.0, Duration.ofMillis(400),
				Duration.ofMillis(20), Duration.ofSeconds(10), maxRetryAfter);
		// a budget that refuses at once while the client is paused
		return new GenesysProperties(url, url, base.tokenRenewalMargin(),
				new BudgetSettings(240, 10, 0.5, 3, Duration.ofSeconds(1)), retry, base.timeouts(), base.websocket());
	}

	private static long answers(OrganizationState org, int status) {
		return simulator.control()
			.requests()
			.entries()
			.stream()
			.filter((entry) -> org.clientIds().get(0).equals(entry.clientId()) && entry.status() == status)
			.filter((entry) -> !entry.path().equals("/oauth/token"))
			.mapToLong(RequestCount::count)
			.sum();
	}

	private static long logins(OrganizationState org) {
		return simulator.control()
			.requests()
			.entries()
			.stream()
			.filter((entry) -> entry.path().equals("/oauth/token") && entry.status() == 200)
			.filter((entry) -> org.clientIds().get(0).equals(entry.clientId()))
			.mapToLong(RequestCount::count)
			.sum();
	}

}
