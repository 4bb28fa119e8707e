package io.callimport.genesys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailureKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.callimport.model.settings.ClientSecret;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Client-credentials login: cached, renewed before expiry and once on a 401, one login
 * for many concurrent callers, bad credentials reported by client id only.
 */
class GenesysClientLoginTests {

	private static final String GROUP = "/api/v2/groups/g1";

	private static final String GROUP_JSON = "{\"id\":\"g1\",\"name\":\"Speech analytics\"}";

	private final FakeGenesys genesys = new FakeGenesys();

	private final MutableClock clock = new MutableClock();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final GenesysClients clients = new GenesysClients(this.genesys.properties(), this.registry, this.clock);

	private final GenesysClient client = this.clients.forTenant("tenant-a", FakeGenesys.credentials());

	@AfterEach
	void close() {
		this.clients.close();
		this.genesys.close();
	}

	@Test
	void logsInWithBasicAuthAndTheClientCredentialsGrant() {
		this.genesys.route(GROUP, (request) -> FakeGenesys.json(200, GROUP_JSON));

		this.client.call(() -> this.client.groups().getGroup("g1"));

		RecordedRequest login = this.genesys.loginRequests().get(0);
		assertThat(login.getMethod()).isEqualTo("POST");
		assertThat(login.getHeaders().get("Authorization"))
			.isEqualTo(okhttp3.Credentials.basic(FakeGenesys.CLIENT_ID, FakeGenesys.SECRET));
		assertThat(login.getBody().utf8()).isEqualTo("grant_type=client_credentials");
	}

	@Test
	void reusesTheTokenUntilItIsDueForRenewal() {
		this.genesys.login = (n) -> FakeGenesys.token("token-" + n, 3600);
		this.genesys.route(GROUP, (request) -> FakeGenesys.json(200, GROUP_JSON));

		for (int i = 0; i < 5; i++) {
			this.client.call(() -> this.client.groups().getGroup("g1"));
		}
		this.clock.advance(Duration.ofMinutes(54));
		this.client.call(() -> this.client.groups().getGroup("g1"));
		this.clock.advance(Duration.ofMinutes(2));
		this.client.call(() -> this.client.groups().getGroup("g1"));

		assertThat(this.genesys.logins()).isEqualTo(2);
		assertThat(authorizations(GROUP)).containsExactly("Bearer token-1", "Bearer token-1", "Bearer token-1",
				"Bearer token-1", "Bearer token-1", "Bearer token-1", "Bearer token-2");
	}

	@Test
	void renewsAnExpiredTokenOnceOnA401AndSendsTheRequestAgain() {
		this.genesys.route(GROUP, (request) -> "Bearer token-1".equals(request.getHeaders().get("Authorization"))
				? FakeGenesys.error(401, "bad.credentials") : FakeGenesys.json(200, GROUP_JSON));

		String name = this.client.call(() -> this.client.groups().getGroup("g1")).getName();

		assertThat(name).isEqualTo("Speech analytics");
		assertThat(this.genesys.logins()).isEqualTo(2);
		assertThat(authorizations(GROUP)).containsExactly("Bearer token-1", "Bearer token-2");
	}

	@Test
	void givesUpAfterOneRenewalWhenGenesysKeepsAnswering401() {
		this.genesys.route(GROUP, (request) -> FakeGenesys.error(401, "bad.credentials"));

		GenesysException failure = catchThrowableOfType(GenesysException.class,
				() -> this.client.call(() -> this.client.groups().getGroup("g1")));

		assertThat(failure.kind()).isEqualTo(GenesysFailureKind.UNAUTHORIZED);
		assertThat(this.genesys.requests(GROUP)).hasSize(2);
		assertThat(this.genesys.logins()).isEqualTo(2);
	}

	@Test
	void sharesOneLoginAmongConcurrentCallers() throws Exception {
		this.genesys.login = (n) -> FakeGenesys.token("token-" + n, 86400)
			.newBuilder()
			.headersDelay(300, TimeUnit.MILLISECONDS)
			.build();
		this.genesys.route(GROUP, (request) -> FakeGenesys.json(200, GROUP_JSON));
		int callers = 16;
		ExecutorService threads = Executors.newFixedThreadPool(callers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> names = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			names.add(threads.submit(() -> {
				start.await();
				return this.client.call(() -> this.client.groups().getGroup("g1")).getName();
			}));
		}

		start.countDown();
		for (Future<String> name : names) {
			assertThat(name.get(10, TimeUnit.SECONDS)).isEqualTo("Speech analytics");
		}
		threads.shutdown();

		assertThat(this.genesys.logins()).isEqualTo(1);
		assertThat(this.genesys.requests(GROUP)).hasSize(callers);
	}

	@Test
	void sharesOneRenewalAmongCallersRejectedWithTheSameToken() throws Exception {
		this.genesys.route(GROUP,
				(request) -> "Bearer token-1".equals(request.getHeaders().get("Authorization"))
						? FakeGenesys.error(401, "bad.credentials")
							.newBuilder()
							.headersDelay(200, TimeUnit.MILLISECONDS)
							.build()
						: FakeGenesys.json(200, GROUP_JSON));
		this.genesys.route("/api/v2/tokens/me", (request) -> FakeGenesys.json(200, "{}"));
		this.client.call(() -> this.client.tokens().getTokensMe((Boolean) null));
		ExecutorService threads = Executors.newFixedThreadPool(8);
		List<Future<?>> calls = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			calls.add(threads.submit(() -> this.client.call(() -> this.client.groups().getGroup("g1"))));
		}
		for (Future<?> call : calls) {
			call.get(10, TimeUnit.SECONDS);
		}
		threads.shutdown();

		assertThat(this.genesys.logins()).isEqualTo(2);
	}

	@Test
	void reportsRejectedCredentialsByClientIdOnlyAndDoesNotHammerTheLogin() {
		this.genesys.login = (n) -> FakeGenesys.json(401,
				"{\"error\":\"invalid_client\",\"description\":\"client not found\"}");

		GenesysException first = catchThrowableOfType(GenesysException.class,
				() -> this.client.call(() -> this.client.groups().getGroup("g1")));
		GenesysException second = catchThrowableOfType(GenesysException.class,
				() -> this.client.call(() -> this.client.groups().getGroup("g1")));

		assertThat(first.kind()).isEqualTo(GenesysFailureKind.UNAUTHORIZED);
		assertThat(first)
			.hasMessage("Login of OAuth client '" + FakeGenesys.CLIENT_ID + "' at " + this.genesys.baseUrl()
					+ "/oauth/token failed: Genesys rejected the client credentials (HTTP 401 invalid_client)");
		assertThat(first.getMessage()).doesNotContain(FakeGenesys.SECRET);
		assertThat(second.kind()).isEqualTo(GenesysFailureKind.UNAUTHORIZED);
		assertThat(this.genesys.logins()).isEqualTo(1);
		assertThat(this.genesys.requests(GROUP)).isEmpty();
		assertThat(this.registry.get("genesys.logins").tags("outcome", "FAILURE").counter().count()).isEqualTo(1);
	}

	@Test
	void triesTheLoginAgainOnceARejectionIsOldEnough() {
		this.genesys.login = (n) -> (n == 1) ? FakeGenesys.json(401, "{\"error\":\"invalid_client\"}")
				: FakeGenesys.token("token-" + n, 86400);
		this.genesys.route(GROUP, (request) -> FakeGenesys.json(200, GROUP_JSON));

		catchThrowableOfType(GenesysException.class, () -> this.client.call(() -> this.client.groups().getGroup("g1")));
		this.clock.advance(Duration.ofSeconds(31));
		this.client.call(() -> this.client.groups().getGroup("g1"));

		assertThat(this.genesys.logins()).isEqualTo(2);
	}

	@Test
	void retriesALoginThatFailedTransiently() {
		this.genesys.login = (n) -> (n == 1) ? new MockResponse.Builder().code(503).build()
				: FakeGenesys.token("token-" + n, 86400);
		this.genesys.route(GROUP, (request) -> FakeGenesys.json(200, GROUP_JSON));

		this.client.call(() -> this.client.groups().getGroup("g1"));

		assertThat(this.genesys.logins()).isEqualTo(2);
	}

	@Test
	void replacesTheClientWhenTheSecretChanges() {
		GenesysCredentials rotated = new GenesysCredentials("mypurecloud.com", FakeGenesys.CLIENT_ID,
				new ClientSecret("another-secret"));

		GenesysClient same = this.clients.forTenant("tenant-a", FakeGenesys.credentials());
		GenesysClient replaced = this.clients.forTenant("tenant-a", rotated);

		assertThat(same).isSameAs(this.client);
		assertThat(replaced).isNotSameAs(this.client);
		assertThat(this.client.isClosed()).isTrue();
		GenesysException closed = catchThrowableOfType(GenesysException.class,
				() -> this.client.call(() -> this.client.groups().getGroup("g1")));
		assertThat(closed.kind()).isEqualTo(GenesysFailureKind.TRANSIENT);
		assertThat(closed).hasMessageContaining("was closed");
	}

	private List<String> authorizations(String path) {
		return this.genesys.requests(path).stream().map((r) -> r.getHeaders().get("Authorization")).toList();
	}

}
