package io.callimport.genesys;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.callimport.genesys.budget.BudgetSettings;
import io.callimport.genesys.budget.Lane;
import io.callimport.genesys.budget.PostgresBudgetStore;
import io.callimport.genesys.budget.RequestBudget;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.retry.RetrySettings;
import io.callimport.model.settings.ClientSecret;
import io.callimport.simulator.GenesysCloudSimulator;
import io.callimport.simulator.control.OrganizationScenario;
import io.callimport.simulator.control.OrganizationState;
import io.callimport.simulator.control.RequestCount;
import io.callimport.testsupport.JavaProcess;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * The request budget shared through PostgreSQL: each {@link GenesysClients} here has a
 * connection pool and a {@link PostgresBudgetStore} of its own, standing for a process
 * (one test runs a real second JVM). Rates are checked against the simulator's request
 * log with bounds that a slow machine only loosens.
 */
class SharedBudgetIntegrationTests {

	private static final String GROUP = "/api/v2/groups/g1";

	private static final RetrySettings NO_RETRY_AFTER_WAIT = new RetrySettings(4, Duration.ofMillis(100), 2.0,
			Duration.ofMillis(400), Duration.ofMillis(20), Duration.ofSeconds(10), Duration.ZERO);

	private static BudgetDatabase database;

	private static GenesysCloudSimulator simulator;

	private final List<AutoCloseable> closing = new ArrayList<>();

	@BeforeAll
	static void migrate() {
		database = BudgetDatabase.migrated();
		simulator = GenesysCloudSimulator.shared();
	}

	@AfterAll
	static void dropPools() {
		database.close();
	}

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable resource : this.closing) {
			resource.close();
		}
	}

	@Test
	void keepsTwoProcessesOnOneOAuthClientWithinOneBudget() throws Exception {
		OrganizationState org = organization("org-shared-budget", 100_000);
		GenesysClient first = process(simulatorUrl(), SharedBudgetProcess.BUDGET, RetrySettings.defaults(),
				new SimpleMeterRegistry())
			.forTenant(org.organizationId(), credentials(org));
		GenesysClient second = process(simulatorUrl(), SharedBudgetProcess.BUDGET, RetrySettings.defaults(),
				new SimpleMeterRegistry())
			.forTenant(org.organizationId(), credentials(org));
		first.call(() -> first.groups().getGroup(org.groupId()));
		second.call(() -> second.groups().getGroup(org.groupId()));

		long start = System.nanoTime();
		ExecutorService both = Executors.newFixedThreadPool(2);
		Future<?> firstSends = both.submit(() -> sendAll(first, org, 10));
		Future<?> secondSends = both.submit(() -> sendAll(second, org, 10));
		firstSends.get(2, TimeUnit.MINUTES);
		secondSends.get(2, TimeUnit.MINUTES);
		double seconds = (System.nanoTime() - start) / 1e9;
		both.shutdown();

		System.out.printf("two processes, 20 requests on one 300/min budget (burst 4): %.2f s%n", seconds);
		assertThat(answers(org, 200)).isEqualTo(22);
		assertThat(answers(org, 429)).isZero();
		assertWithinOneBudget(20, seconds);
	}

	@Test
	void keepsAnotherJvmOnTheSameOAuthClientWithinOneBudget() throws Exception {
		OrganizationState org = organization("org-shared-jvm", 100_000);
		Path go = Files.createTempDirectory("shared-budget").resolve("go");
		GenesysClient local = process(simulatorUrl(), SharedBudgetProcess.BUDGET, RetrySettings.defaults(),
				new SimpleMeterRegistry())
			.forTenant(org.organizationId(), credentials(org));
		local.call(() -> local.groups().getGroup(org.groupId()));
		try (JavaProcess other = JavaProcess.builder(SharedBudgetProcess.class.getName())
			.jvmArg("-Xmx256m")
			.quickStart()
			.env("BUDGET_JDBC_URL", database.database().jdbcUrl())
			.env("BUDGET_JDBC_USER", database.database().username())
			.env("BUDGET_JDBC_PASSWORD", database.database().password())
			.env("BUDGET_CLIENT_SECRET", secret(org))
			.arg(simulator.baseUrl())
			.arg(org.organizationId())
			.arg(org.clientIds().get(0))
			.arg(org.groupId())
			.arg("12")
			.arg(go.toString())
			.start()) {
			await().atMost(Duration.ofSeconds(90)).until(() -> other.output().contains("READY"));

			long start = System.nanoTime();
			Files.createFile(go);
			SharedBudgetProcess.send(local, org.groupId(), 12);
			long localEnd = System.currentTimeMillis();
			await().atMost(Duration.ofSeconds(90)).until(() -> other.output().contains("DONE"));
			double seconds = (System.nanoTime() - start) / 1e9;

			String[] done = other.output()
				.lines()
				.filter((line) -> line.startsWith("DONE"))
				.findFirst()
				.get()
				.split(" ");
			System.out.printf("two JVMs, 24 requests on one 300/min budget (burst 4): %.2f s%n", seconds);
			assertThat(Long.parseLong(done[1])).as("the other JVM started before this one finished")
				.isLessThan(localEnd);
			assertThat(answers(org, 200)).isEqualTo(26);
			assertWithinOneBudget(24, seconds);
		}
	}

	@Test
	void pausesEveryProcessOnceWhenSeveralSeeTheSame429() throws Exception {
		FakeGenesys genesys = new FakeGenesys();
		this.closing.add(genesys);
		genesys.route(GROUP, (request) -> tooManyRequests(30));
		BudgetSettings budget = new BudgetSettings(600, 5, 0.5, 1, Duration.ofMillis(200));
		MeterRegistry firstMeters = new SimpleMeterRegistry();
		MeterRegistry secondMeters = new SimpleMeterRegistry();
		GenesysCredentials credentials = new GenesysCredentials("mypurecloud.com", "client-429",
				new ClientSecret(FakeGenesys.SECRET));
		GenesysClient first = process(genesys.baseUrl(), budget, NO_RETRY_AFTER_WAIT, firstMeters).forTenant("tenant-a",
				credentials);
		GenesysClient second = process(genesys.baseUrl(), budget, NO_RETRY_AFTER_WAIT, secondMeters)
			.forTenant("tenant-b", credentials);

		ExecutorService callers = Executors.newFixedThreadPool(4);
		CountDownLatch together = new CountDownLatch(1);
		List<Future<GenesysException>> calls = new ArrayList<>();
		for (GenesysClient client : List.of(first, first, second, second)) {
			calls.add(callers.submit(() -> {
				together.await();
				return catchThrowableOfType(GenesysException.class,
						() -> client.call(() -> client.groups().getGroup("g1")));
			}));
		}
		together.countDown();
		for (Future<GenesysException> call : calls) {
			assertThat(call.get(30, TimeUnit.SECONDS).kind()).isEqualTo(GenesysFailureKind.RATE_LIMITED);
		}
		callers.shutdown();
		int sent = genesys.requests(GROUP).size();

		System.out.printf("4 callers in 2 processes, %d saw a 429; second process may send again in %d ms%n", sent,
				second.budgetAvailableIn(1).toMillis());
		assertThat(penalties(firstMeters) + penalties(secondMeters)).isEqualTo(1);
		assertThat(first.budgetAvailableIn(1)).isBetween(Duration.ofSeconds(25), Duration.ofMillis(30_500));
		assertThat(second.budgetAvailableIn(1)).isBetween(Duration.ofSeconds(25), Duration.ofMillis(30_500));
		GenesysException refused = catchThrowableOfType(GenesysException.class,
				() -> second.call(() -> second.groups().getGroup("g1")));
		assertThat(refused.kind()).isEqualTo(GenesysFailureKind.RATE_LIMITED);
		assertThat(refused.failure().retryAfter()).isGreaterThan(Duration.ofSeconds(25));
		assertThat(genesys.requests(GROUP)).hasSize(sent);
	}

	@Test
	void pausesEveryProcessWhenTheRateLimitWindowIsUsedUpBeforeGenesysRefuses() {
		OrganizationState org = organization("org-window-used-up", 3);
		BudgetSettings budget = new BudgetSettings(600, 5, 0.5, 1, Duration.ofSeconds(1));
		MeterRegistry firstMeters = new SimpleMeterRegistry();
		GenesysClient first = process(simulatorUrl(), budget, NO_RETRY_AFTER_WAIT, firstMeters)
			.forTenant(org.organizationId(), credentials(org));
		GenesysClient second = process(simulatorUrl(), budget, NO_RETRY_AFTER_WAIT, new SimpleMeterRegistry())
			.forTenant(org.organizationId(), credentials(org));

		for (int i = 0; i < 3; i++) {
			first.call(() -> first.groups().getGroup(org.groupId()));
		}
		GenesysException refused = catchThrowableOfType(GenesysException.class,
				() -> second.call(() -> second.groups().getGroup(org.groupId())));

		assertThat(refused.kind()).isEqualTo(GenesysFailureKind.RATE_LIMITED);
		assertThat(refused.failure().retryAfter()).isGreaterThan(Duration.ofSeconds(45));
		assertThat(second.budgetAvailableIn(1)).isGreaterThan(Duration.ofSeconds(45));
		assertThat(firstMeters.get("genesys.budget.penalties").tags("reason", "window-used-up").counter().count())
			.isEqualTo(1);
		assertThat(answers(org, 200)).isEqualTo(3);
		assertThat(answers(org, 429)).isZero();
	}

	@Test
	void plansEveryProcessBelowAnAllowanceUnderTheConfiguredRate() {
		OrganizationState org = organization("org-allowance", 120);
		BudgetSettings budget = new BudgetSettings(600, 5, 1.0, 0, Duration.ofSeconds(5));
		MeterRegistry firstMeters = new SimpleMeterRegistry();
		GenesysClient first = process(simulatorUrl(), budget, RetrySettings.defaults(), firstMeters)
			.forTenant(org.organizationId(), credentials(org));
		GenesysClient second = process(simulatorUrl(), budget, RetrySettings.defaults(), new SimpleMeterRegistry())
			.forTenant(org.organizationId(), credentials(org));

		first.call(() -> first.groups().getGroup(org.groupId()));
		while (second.budget().tryAcquire(Lane.LIVE, 1)) {
			// the second process, which has sent nothing, empties the shared bucket
		}

		assertThat(first.budgetPlannedRequestsPerMinute()).isEqualTo(108);
		assertThat(firstMeters.get("genesys.budget.planned.rate").gauge().value()).isEqualTo(108);
		assertThat(second.budgetPlannedRequestsPerMinute()).isEqualTo(108);
		// 108/min: 556 ms a permit, so three take over 1.1 s from less than one (600/min:
		// 0.3 s)
		assertThat(second.budgetAvailableIn(3)).isBetween(Duration.ofMillis(1100), Duration.ofMillis(1670));
	}

	@Test
	void neverLetsBackgroundWorkOfOneProcessStarveLiveWorkOfAnother() throws Exception {
		// 120/min: a permit each 500 ms; live asks every 700 ms while background floods
		BudgetSettings budget = new BudgetSettings(120, 6, 1.0, 2, Duration.ofSeconds(30));
		RequestBudget flooding = new RequestBudget("client-flood", budget, new PostgresBudgetStore(database.process()));
		RequestBudget live = new RequestBudget("client-flood", budget, new PostgresBudgetStore(database.process()));
		AtomicInteger backgroundPermits = new AtomicInteger();
		AtomicBoolean flood = new AtomicBoolean(true);
		ExecutorService floodThreads = Executors.newFixedThreadPool(3);
		for (int i = 0; i < 3; i++) {
			floodThreads.submit(() -> {
				while (flood.get()) {
					flooding.acquire(Lane.BACKGROUND);
					backgroundPermits.incrementAndGet();
				}
				return null;
			});
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> backgroundPermits.get() >= 4);

		List<Boolean> liveGotOne = new CopyOnWriteArrayList<>();
		ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
		pacer.scheduleAtFixedRate(() -> liveGotOne.add(live.tryAcquire(Lane.LIVE, 1)), 700, 700, TimeUnit.MILLISECONDS);
		await().atMost(Duration.ofSeconds(30)).until(() -> liveGotOne.size() >= 6);
		pacer.shutdownNow();
		flood.set(false);
		floodThreads.shutdown();
		assertThat(floodThreads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

		System.out.printf("live permits at once while another process floods: %s (%d background permits)%n", liveGotOne,
				backgroundPermits.get());
		assertThat(liveGotOne).containsOnly(true);
		assertThat(backgroundPermits.get()).isGreaterThan(4);
	}

	/**
	 * At most a full bucket and the refill of the elapsed time (a tenth and a permit of
	 * slack).
	 */
	private static void assertWithinOneBudget(int admitted, double seconds) {
		BudgetSettings budget = SharedBudgetProcess.BUDGET;
		double allowed = budget.burst() + budget.requestsPerMinute() / 60.0 * seconds * 1.1 + 1;
		assertThat((double) admitted).as("requests admitted in %.2f s", seconds).isLessThanOrEqualTo(allowed);
	}

	private GenesysClients process(URI api, BudgetSettings budget, RetrySettings retry, MeterRegistry meters) {
		GenesysProperties defaults = GenesysProperties.defaults();
		GenesysClients clients = new GenesysClients(new GenesysProperties(api, api, defaults.tokenRenewalMargin(),
				budget, retry, defaults.timeouts(), defaults.websocket()), meters,
				new PostgresBudgetStore(database.process()));
		this.closing.add(clients);
		return clients;
	}

	private static void sendAll(GenesysClient client, OrganizationState org, int requests) {
		try {
			SharedBudgetProcess.send(client, org.groupId(), requests);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MockResponse tooManyRequests(int seconds) {
		// answered late, so that every caller has sent before the first 429 arrives
		return new MockResponse.Builder().code(429)
			.addHeader("Retry-After", Integer.toString(seconds))
			.addHeader("Content-Type", "application/json")
			.headersDelay(300, TimeUnit.MILLISECONDS)
			.body("{\"message\":\"Rate limit exceeded the maximum. Retry the request in [" + seconds
					+ "] seconds\",\"code\":\"too.many.requests.retry.after\",\"status\":429}")
			.build();
	}

	private static double penalties(MeterRegistry meters) {
		return Search.in(meters)
			.name("genesys.budget.penalties")
			.counters()
			.stream()
			.mapToDouble((c) -> c.count())
			.sum();
	}

	private static URI simulatorUrl() {
		return URI.create(simulator.baseUrl());
	}

	private static OrganizationState organization(String orgId, int requestsPerMinute) {
		OrganizationScenario scenario = OrganizationScenario.of(orgId + "-client", orgId + "-secret",
				"Agents of " + orgId, 3);
		return simulator.control().putOrganization(orgId, scenario.withLimits(1000, 20, requestsPerMinute));
	}

	private static GenesysCredentials credentials(OrganizationState org) {
		return new GenesysCredentials("mypurecloud.com", org.clientIds().get(0), new ClientSecret(secret(org)));
	}

	private static String secret(OrganizationState org) {
		return org.clientIds().get(0).replace("-client", "-secret");
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

}
