package io.callimport.genesys;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mypurecloud.sdk.v2.model.ChannelTopic;
import com.mypurecloud.sdk.v2.model.ConversationQuery;
import io.callimport.genesys.budget.BudgetSettings;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.retry.RetrySettings;
import io.callimport.genesys.retry.WholeBodyInterceptor;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Retries as Genesys' answers demand them: 429 with {@code Retry-After}, 5xx, timeouts;
 * bounded, and only where a repeat is safe.
 */
class GenesysClientRetryTests {

	private static final String GROUP = "/api/v2/groups/g1";

	private static final String GROUP_JSON = "{\"id\":\"g1\",\"name\":\"Speech analytics\"}";

	private final FakeGenesys genesys = new FakeGenesys();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final RetrySettings retry = new RetrySettings(4, Duration.ofMillis(50), 2.0, Duration.ofMillis(200),
			Duration.ofMillis(10), Duration.ofSeconds(10), Duration.ofSeconds(2));

	private final GenesysClients clients = new GenesysClients(
			this.genesys.properties(this.retry, BudgetSettings.defaults(), new GenesysProperties.Timeouts(
					// a read timeout that a loaded CI machine's fast answers stay well
					// within
					Duration.ofSeconds(2), Duration.ofMillis(1200), Duration.ofSeconds(2), Duration.ofSeconds(2))),
			this.registry);

	private final GenesysClient client = this.clients.forTenant("tenant-a", FakeGenesys.credentials());

	@AfterEach
	void close() {
		this.clients.close();
		this.genesys.close();
	}

	@Test
	void endsABodyOverTheCapAsPermanentWithoutRetrying() {
		GenesysClients capped = new GenesysClients(
				this.genesys.properties(this.retry, BudgetSettings.defaults(), GenesysProperties.Timeouts.defaults())
					.withMaxApiBody(DataSize.ofKilobytes(2)),
				new SimpleMeterRegistry());
		try (capped) {
			GenesysClient small = capped.forTenant("tenant-a", FakeGenesys.credentials());
			this.genesys.enqueue(GROUP, FakeGenesys.json(200, "{\"id\":\"g1\",\"name\":\"" + "x".repeat(4096) + "\"}"));

			GenesysException failure = catchThrowableOfType(GenesysException.class,
					() -> small.call(() -> small.groups().getGroup("g1")));

			assertThat(failure.kind()).isEqualTo(GenesysFailureKind.PERMANENT);
			assertThat(failure.failure().cause()).isInstanceOf(WholeBodyInterceptor.ResponseTooLargeException.class);
			assertThat(failure).hasMessageContaining(
					"GET /api/v2/groups/{id} answered HTTP 200 with a body over the cap of 2048 bytes");
			assertThat(this.genesys.requests(GROUP)).hasSize(1);
		}
	}

	@Test
	void waitsOutA429RetryAfterAndSucceeds() {
		this.genesys.enqueue(GROUP, tooManyRequests("Retry-After", "1"), FakeGenesys.json(200, GROUP_JSON));

		long start = System.nanoTime();
		String name = this.client.call(() -> this.client.groups().getGroup("g1")).getName();
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(name).isEqualTo("Speech analytics");
		assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(950));
		assertThat(this.genesys.requests(GROUP)).hasSize(2);
		assertThat(this.registry.get("genesys.rate.limited").counter().count()).isEqualTo(1);
		assertThat(this.registry.get("genesys.retries").tags("reason", "429").counter().count()).isEqualTo(1);
	}

	@Test
	void readsALowercaseRetryAfterHeader() {
		this.genesys.enqueue(GROUP, tooManyRequests("retry-after", "1"), FakeGenesys.json(200, GROUP_JSON));

		long start = System.nanoTime();
		this.client.call(() -> this.client.groups().getGroup("g1"));

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
		assertThat(this.genesys.requests(GROUP)).hasSize(2);
	}

	@Test
	void surfacesALongRetryAfterAsRateLimitedWithoutWaiting() {
		this.genesys.enqueue(GROUP, tooManyRequests("Retry-After", "120"), FakeGenesys.json(200, GROUP_JSON));

		long start = System.nanoTime();
		GenesysException failure = catchThrowableOfType(GenesysException.class,
				() -> this.client.call(() -> this.client.groups().getGroup("g1")));

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
		assertThat(failure.kind()).isEqualTo(GenesysFailureKind.RATE_LIMITED);
		assertThat(failure.failure().retryAfter()).isEqualTo(Duration.ofSeconds(120));
		assertThat(failure.failure().code()).isEqualTo("too.many.requests.retry.after");
		assertThat(failure).hasMessageContaining("GET /api/v2/groups/{id} is rate limited")
			.hasMessageContaining("wait 120 s");
		assertThat(this.genesys.requests(GROUP)).hasSize(1);
	}

	@Test
	void endsEvery429AtOnceWhenNoRetryAfterIsWaitedOnTheThread() {
		RetrySettings noWait = new RetrySettings(4, Duration.ofMillis(50), 2.0, Duration.ofMillis(200),
				Duration.ofMillis(10), Duration.ofSeconds(10), Duration.ZERO);
		try (GenesysClients impatient = new GenesysClients(
				this.genesys.properties(noWait, BudgetSettings.defaults(), GenesysProperties.Timeouts.defaults()),
				new SimpleMeterRegistry())) {
			GenesysClient client = impatient.forTenant("tenant-b", FakeGenesys.credentials());
			this.genesys.enqueue(GROUP, tooManyRequests("Retry-After", "1"),
					new MockResponse.Builder().code(429).body("{}").build());

			GenesysException withRetryAfter = catchThrowableOfType(GenesysException.class,
					() -> client.call(() -> client.groups().getGroup("g1")));
			GenesysException without = catchThrowableOfType(GenesysException.class,
					() -> client.call(() -> client.groups().getGroup("g1")));

			assertThat(withRetryAfter.kind()).isEqualTo(GenesysFailureKind.RATE_LIMITED);
			assertThat(withRetryAfter.failure().retryAfter()).isEqualTo(Duration.ofSeconds(1));
			assertThat(without.kind()).isEqualTo(GenesysFailureKind.RATE_LIMITED);
			assertThat(without).hasMessageContaining("Genesys gave no Retry-After");
			assertThat(this.genesys.requests(GROUP)).hasSize(2);
		}
	}

	@Test
	void endsPersistent5xxInAClearFailureAfterTheRetryBudget() {
		this.genesys.route(GROUP, (request) -> FakeGenesys.error(503, "service.unavailable"));

		GenesysException failure = catchThrowableOfType(GenesysException.class,
				() -> this.client.call(() -> this.client.groups().getGroup("g1")));

		assertThat(this.genesys.requests(GROUP)).hasSize(4);
		assertThat(failure.kind()).isEqualTo(GenesysFailureKind.TRANSIENT);
		assertThat(failure.failure().status()).isEqualTo(503);
		assertThat(failure.failure().correlationId()).isEqualTo("corr-503");
		assertThat(failure).hasMessageStartingWith("GET /api/v2/groups/{id} failed after 4 attempts in ")
			.hasMessageEndingWith("HTTP 503 (code service.unavailable, correlation id corr-503)");
		assertThat(this.registry.get("genesys.retries").counter().count()).isEqualTo(3);
	}

	@Test
	void retriesAReadThatTimedOut() {
		this.genesys.enqueue(GROUP, slow(FakeGenesys.json(200, GROUP_JSON)), FakeGenesys.json(200, GROUP_JSON));

		String name = this.client.call(() -> this.client.groups().getGroup("g1")).getName();

		assertThat(name).isEqualTo("Speech analytics");
		assertThat(this.genesys.requests(GROUP)).hasSize(2);
		assertThat(this.registry.get("genesys.retries").tags("reason", "timeout").counter().count()).isEqualTo(1);
		assertThat(this.registry.get("genesys.requests").tags("outcome", "TIMEOUT").timer().count()).isEqualTo(1);
	}

	@Test
	void retriesAnAnalyticsQueryAfterA5xxBecauseItOnlyReads() {
		String query = "/api/v2/analytics/conversations/details/query";
		this.genesys.enqueue(query, FakeGenesys.error(502, "bad.gateway"), FakeGenesys.json(200, "{\"totalHits\":0}"));

		this.client.call(() -> this.client.analytics().postAnalyticsConversationsDetailsQuery(new ConversationQuery()));

		assertThat(this.genesys.requests(query)).hasSize(2);
	}

	@Test
	void doesNotRepeatACreatingPostThatTimedOutOrFailed() {
		String channels = "/api/v2/notifications/channels";
		this.genesys.enqueue(channels, slow(FakeGenesys.json(200, "{\"id\":\"ch1\"}")),
				FakeGenesys.error(500, "internal.server.error"));

		GenesysException timedOut = catchThrowableOfType(GenesysException.class,
				() -> this.client.call(() -> this.client.notifications().postNotificationsChannels()));
		GenesysException failed = catchThrowableOfType(GenesysException.class,
				() -> this.client.call(() -> this.client.notifications().postNotificationsChannels()));

		assertThat(this.genesys.requests(channels)).hasSize(2);
		assertThat(timedOut.kind()).isEqualTo(GenesysFailureKind.TRANSIENT);
		assertThat(failed.failure().status()).isEqualTo(500);
	}

	@Test
	void repeatsAddingTopicsToAChannelBecauseItChangesNothing() {
		String subscriptions = "/api/v2/notifications/channels/ch1/subscriptions";
		this.genesys.enqueue(subscriptions, FakeGenesys.error(503, "unavailable"),
				FakeGenesys.json(200, "{\"entities\":[]}"));

		this.client.call(() -> this.client.notifications()
			.postNotificationsChannelSubscriptions("ch1",
					List.of(new ChannelTopic().id("v2.users.u1.conversations.calls")), true));

		assertThat(this.genesys.requests(subscriptions)).hasSize(2);
	}

	@Test
	void retriesA429EvenForACreatingPost() {
		String channels = "/api/v2/notifications/channels";
		this.genesys.enqueue(channels, tooManyRequests("Retry-After", "0"), FakeGenesys.json(200, "{\"id\":\"ch1\"}"));

		String id = this.client.call(() -> this.client.notifications().postNotificationsChannels()).getId();

		assertThat(id).isEqualTo("ch1");
		assertThat(this.genesys.requests(channels)).hasSize(2);
	}

	@Test
	void doesNotRetryAClientError() {
		GenesysException failure = catchThrowableOfType(GenesysException.class,
				() -> this.client.call(() -> this.client.groups().getGroup("g1")));

		assertThat(failure.kind()).isEqualTo(GenesysFailureKind.NOT_FOUND);
		assertThat(this.genesys.requests(GROUP)).hasSize(1);
	}

	private static MockResponse tooManyRequests(String header, String seconds) {
		return new MockResponse.Builder().code(429)
			.addHeader(header, seconds)
			.addHeader("Content-Type", "application/json")
			.body("{\"message\":\"Rate limit exceeded the maximum. Retry the request in [" + seconds
					+ "] seconds\",\"code\":\"too.many.requests.retry.after\",\"status\":429}")
			.build();
	}

	private static MockResponse slow(MockResponse response) {
		return response.newBuilder().headersDelay(3000, TimeUnit.MILLISECONDS).build();
	}

}
