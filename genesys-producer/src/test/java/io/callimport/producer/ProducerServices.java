package io.callimport.producer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.callimport.simulator.GenesysCloudSimulator;
import io.callimport.testsupport.PostgresServer;
import io.callimport.testsupport.RabbitServer;
import io.callimport.testsupport.TestBroker;
import io.callimport.testsupport.TestDatabase;

/**
 * The real services of one producer test: a fresh database and virtual host, the shared
 * simulator, and producer settings with short timings (heartbeats of 1 s, syncs of 3 s,
 * quick leases and gap healing) so the tests run in seconds.
 */
public final class ProducerServices {

	/** A valid SETTINGS_ENCRYPTION_KEY for tests. */
	public static final String ENCRYPTION_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

	/** ADMIN_API_TOKEN of the tests. */
	public static final String ADMIN_TOKEN = "producer-test-admin-token-0123456789";

	private final TestDatabase database;

	private final TestBroker broker;

	private final GenesysCloudSimulator simulator;

	private final Map<String, String> properties = new LinkedHashMap<>();

	private ProducerServices(String tenantId, TestDatabase database, TestBroker broker) {
		this.database = database;
		this.broker = broker;
		this.simulator = GenesysCloudSimulator.shared();
		this.properties.putAll(this.database.springProperties());
		this.properties.putAll(this.broker.springProperties());
		// several contexts and child JVMs share the machine's PostgreSQL (100
		// connections)
		this.properties.put("spring.datasource.hikari.maximum-pool-size", "8");
		this.properties.put("spring.datasource.hikari.minimum-idle", "1");
		this.properties.put("tenant.id", tenantId);
		// the tests wait for the websocket's role and liveness, which only the readiness
		// group's details show; a deployment shows no details at all
		this.properties.put("management.endpoint.health.group.readiness.show-details", "always");
		this.properties.put("tenant.settings-poll-interval", "1s");
		this.properties.put("admin.api-token", ADMIN_TOKEN);
		this.properties.put("settings.encryption-key", ENCRYPTION_KEY);
		this.properties.put("genesys.api-base-url", this.simulator.baseUrl());
		this.properties.put("genesys.login-base-url", this.simulator.baseUrl());
		this.properties.put("genesys.budget.requests-per-minute", "6000");
		this.properties.put("genesys.budget.burst", "100");
		this.properties.put("genesys.retry.max-elapsed", "5s");
		this.properties.put("notification.heartbeat-interval", "1s");
		this.properties.put("notification.heartbeat-slack", "2s");
		this.properties.put("notification.ping-interval", "1s");
		this.properties.put("notification.token-check-interval", "1s");
		this.properties.put("notification.watchdog-period", "200ms");
		this.properties.put("notification.open-timeout", "5s");
		this.properties.put("notification.reconnect.initial", "200ms");
		this.properties.put("notification.reconnect.max", "2s");
		this.properties.put("notification.reconnect.jitter", "100ms");
		this.properties.put("agent-sync.interval", "3s");
		this.properties.put("agent-sync.retry-interval", "1s");
		this.properties.put("gap.settle-time", "3s");
		this.properties.put("gap.margin", "5s");
		this.properties.put("gap.check-interval", "1s");
		this.properties.put("gap.retry-interval", "2s");
		this.properties.put("leadership.lease-duration", "6s");
		this.properties.put("leadership.renew-interval", "1s");
		this.properties.put("leadership.safety-margin", "1s");
		this.properties.put("publishing.confirm-timeout", "3s");
		this.properties.put("publishing.relay-interval", "200ms");
		this.properties.put("publishing.retry-initial", "200ms");
		this.properties.put("publishing.retry-max", "1s");
		this.properties.put("settings-check.timeout", "3s");
		this.properties.put("server.port", "0");
		this.properties.put("management.server.port", "0");
	}

	public static ProducerServices create(String tenantId) {
		return new ProducerServices(tenantId, PostgresServer.shared().createDatabase(),
				RabbitServer.shared().createVirtualHost());
	}

	/**
	 * A producer of {@code tenantId} on a database and virtual host that other tenants'
	 * producers (and a consumer) share, as in a deployment.
	 */
	public static ProducerServices create(String tenantId, TestDatabase database, TestBroker broker) {
		return new ProducerServices(tenantId, database, broker);
	}

	/** Overrides or adds a property (before the context starts). */
	public ProducerServices with(String name, String value) {
		this.properties.put(name, value);
		return this;
	}

	public void registerWith(DynamicPropertyRegistry registry) {
		this.properties.forEach((name, value) -> registry.add(name, () -> value));
	}

	/**
	 * The settings as properties, for a producer started with
	 * {@code SpringApplicationBuilder}.
	 */
	public Map<String, Object> properties() {
		return new LinkedHashMap<>(this.properties);
	}

	/** The same settings as environment variables, for a producer in a child JVM. */
	public Map<String, String> environment() {
		Map<String, String> env = new LinkedHashMap<>();
		this.properties.forEach(
				(name, value) -> env.put(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), value));
		return env;
	}

	public String tenantId() {
		return (String) this.properties.get("tenant.id");
	}

	public TestDatabase database() {
		return this.database;
	}

	public TestBroker broker() {
		return this.broker;
	}

	public GenesysCloudSimulator simulator() {
		return this.simulator;
	}

}
