package io.callimport.genesys;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.callimport.genesys.budget.BudgetSettings;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.retry.RetrySettings;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs logins, renewals and failures with the loggers of this module, OkHttp and the SDK
 * at DEBUG, then looks for the secret, the tokens, the Basic credentials and a media
 * signature in the logs, the exceptions and the meters.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretLeakTests {

	private static final String GROUP = "/api/v2/groups/g1";

	private static final String SIGNATURE = "X-Amz-Signature=5ec2e7516a7";

	private final FakeGenesys genesys = new FakeGenesys();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final GenesysClients clients = new GenesysClients(this.genesys.properties(
			new RetrySettings(4, Duration.ofMillis(20), 2.0, Duration.ofMillis(100), Duration.ZERO,
					Duration.ofSeconds(5), Duration.ofSeconds(1)),
			BudgetSettings.defaults(), GenesysProperties.Timeouts.defaults()), this.registry);

	private final List<String> seen = new ArrayList<>();

	private final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();

	private final List<Logger> loggers = Stream
		.of("io.callimport.genesys", "okhttp3", "com.mypurecloud", "mockwebserver3")
		.map(this.logging::getLogger)
		.toList();

	private final List<Level> levels = new ArrayList<>();

	@BeforeEach
	void debugLogging() {
		this.loggers.forEach((logger) -> {
			this.levels.add(logger.getLevel());
			logger.setLevel(Level.DEBUG);
		});
	}

	@AfterEach
	void close() {
		for (int i = 0; i < this.loggers.size(); i++) {
			this.loggers.get(i).setLevel(this.levels.get(i));
		}
		this.clients.close();
		this.genesys.close();
	}

	@Test
	void neverShowsASecretTokenOrSignature(CapturedOutput output) {
		GenesysClient client = this.clients.forTenant("tenant-a", FakeGenesys.credentials());
		this.genesys.route(GROUP, (request) -> "Bearer token-1".equals(request.getHeaders().get("Authorization"))
				? FakeGenesys.error(401, "bad.credentials") : FakeGenesys.json(200, "{\"id\":\"g1\"}"));
		client.call(() -> client.groups().getGroup("g1"));
		this.genesys.enqueue("/api/v2/groups/g2", FakeGenesys.error(503, "unavailable"),
				FakeGenesys.error(503, "unavailable"), FakeGenesys.error(503, "unavailable"),
				FakeGenesys.error(503, "unavailable"));
		collect(() -> client.call(() -> client.groups().getGroup("g2")));
		this.genesys.enqueue("/recordings/r1.wav", new MockResponse.Builder().code(403).build());
		collect(() -> client.openMedia(URI.create(this.genesys.baseUrl() + "/recordings/r1.wav?" + SIGNATURE)));
		this.genesys.login = (n) -> FakeGenesys.json(401, "{\"error\":\"invalid_client\"}");
		GenesysClient rejected = this.clients.forTenant("tenant-b", FakeGenesys.credentials());
		collect(() -> rejected.call(() -> rejected.groups().getGroup("g1")));
		this.seen.add(FakeGenesys.credentials().toString());
		this.seen.add(client.toString());
		this.registry.getMeters()
			.stream()
			.map(Meter::getId)
			.forEach((id) -> this.seen.add(id.getName() + id.getTags()));

		this.seen.add(output.getAll());

		assertThat(this.seen).hasSizeGreaterThan(5);
		assertThat(output.getAll()).contains("Logged in to Genesys as OAuth client " + FakeGenesys.CLIENT_ID);
		String basic = Base64.getEncoder()
			.encodeToString((FakeGenesys.CLIENT_ID + ":" + FakeGenesys.SECRET).getBytes(StandardCharsets.UTF_8));
		assertThat(this.seen).allSatisfy((text) -> assertThat(text).doesNotContain(FakeGenesys.SECRET)
			.doesNotContain("token-1")
			.doesNotContain("token-2")
			.doesNotContain(basic)
			.doesNotContain("5ec2e7516a7"));
	}

	private void collect(Runnable failing) {
		try {
			failing.run();
		}
		catch (GenesysException ex) {
			StringWriter trace = new StringWriter();
			ex.printStackTrace(new PrintWriter(trace));
			this.seen.add(trace.toString());
			this.seen.add(ex.failure().toString());
		}
	}

}
