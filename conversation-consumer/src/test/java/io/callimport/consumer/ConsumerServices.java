package io.callimport.consumer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.callimport.simulator.GenesysCloudSimulator;
import io.callimport.testsupport.ObjectStoreServer;
import io.callimport.testsupport.PostgresServer;
import io.callimport.testsupport.RabbitServer;
import io.callimport.testsupport.TestBroker;
import io.callimport.testsupport.TestDatabase;

/**
 * The real services of one test context: a fresh database, a virtual host, a bucket of
 * its own on the S3 server, and the shared simulator; plus the consumer settings that
 * make retries quick enough for tests.
 */
public final class ConsumerServices {

	/** A valid SETTINGS_ENCRYPTION_KEY for tests. */
	public static final String ENCRYPTION_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

	private final TestDatabase database;

	private final TestBroker broker;

	private final String bucket;

	private final GenesysCloudSimulator simulator;

	private final Map<String, String> properties = new LinkedHashMap<>();

	private ConsumerServices() {
		this.database = PostgresServer.shared().createDatabase();
		this.broker = RabbitServer.shared().createVirtualHost();
		this.bucket = "it-" + UUID.randomUUID().toString().substring(0, 8);
		this.simulator = GenesysCloudSimulator.shared();
		this.properties.putAll(this.database.springProperties());
		this.properties.putAll(this.broker.springProperties());
		// several contexts and child JVMs share the machine's PostgreSQL (100
		// connections)
		this.properties.put("spring.datasource.hikari.maximum-pool-size", "6");
		this.properties.put("spring.datasource.hikari.minimum-idle", "1");
		this.properties.putAll(ObjectStoreServer.shared().minioProperties(this.bucket));
		this.properties.put("settings.encryption-key", ENCRYPTION_KEY);
		this.properties.put("genesys.api-base-url", this.simulator.baseUrl());
		this.properties.put("genesys.login-base-url", this.simulator.baseUrl());
		this.properties.put("genesys.budget.requests-per-minute", "6000");
		this.properties.put("genesys.budget.burst", "100");
		this.properties.put("consumer.batch.tenant-discovery-interval", "300ms");
		// dead letters are parked (and listed) at once, where the tests look for them
		this.properties.put("consumer.dead-letters.poll-interval", "300ms");
		this.properties.put("consumer.retry.initial-delay", "1s");
		this.properties.put("consumer.retry.multiplier", "1.0");
		this.properties.put("consumer.retry.details-wait", "60s");
		this.properties.put("consumer.retry.recording-wait", "4s");
		this.properties.put("consumer.retry.wrap-up-wait", "10s");
		this.properties.put("server.port", "0");
		this.properties.put("management.server.port", "0");
	}

	public static ConsumerServices create() {
		return new ConsumerServices();
	}

	/** Overrides or adds a property (before the context starts). */
	public ConsumerServices with(String name, String value) {
		this.properties.put(name, value);
		return this;
	}

	public void registerWith(DynamicPropertyRegistry registry) {
		this.properties.forEach((name, value) -> registry.add(name, () -> value));
	}

	public Map<String, String> properties() {
		return Map.copyOf(this.properties);
	}

	/**
	 * The same settings as environment variables, for a consumer in a child JVM: the
	 * documented names (DESIGN.md) where there is one, else Spring's canonical form.
	 */
	public Map<String, String> environment() {
		Map<String, String> env = new LinkedHashMap<>();
		this.properties.forEach((name, value) -> env.put(environmentName(name), value));
		return env;
	}

	private static String environmentName(String property) {
		String documented = DOCUMENTED.get(property);
		return (documented != null) ? documented
				: property.replace('.', '_').replace("-", "").toUpperCase(java.util.Locale.ROOT);
	}

	private static final Map<String, String> DOCUMENTED = Map.of("minio.access-key", "MINIO_ACCESS_KEY",
			"minio.secret-key", "MINIO_SECRET_KEY", "settings.encryption-key", "SETTINGS_ENCRYPTION_KEY",
			"genesys.api-base-url", "GENESYS_API_BASE_URL", "genesys.login-base-url", "GENESYS_LOGIN_BASE_URL",
			"spring.rabbitmq.virtual-host", "SPRING_RABBITMQ_VIRTUAL_HOST", "server.port", "SERVER_PORT",
			"management.server.port", "MANAGEMENT_SERVER_PORT");

	public TestDatabase database() {
		return this.database;
	}

	public TestBroker broker() {
		return this.broker;
	}

	public String bucket() {
		return this.bucket;
	}

	public GenesysCloudSimulator simulator() {
		return this.simulator;
	}

}
