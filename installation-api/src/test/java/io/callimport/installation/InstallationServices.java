package io.callimport.installation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.callimport.simulator.GenesysCloudSimulator;
import io.callimport.testsupport.PostgresServer;
import io.callimport.testsupport.RabbitServer;
import io.callimport.testsupport.TestBroker;
import io.callimport.testsupport.TestDatabase;

/**
 * The real services every test of the module shares, as a deployment shares them: one
 * fresh database and virtual host, the shared simulator, and the installation module's
 * settings. One Spring context serves every test class (same properties, so the context
 * cache keeps it).
 */
public final class InstallationServices {

	/** SETTINGS_ENCRYPTION_KEY of the tests (the producer and consumer use the same). */
	public static final String ENCRYPTION_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

	/** EXTERNAL_TOKEN_SIGNING_KEY of the tests. */
	public static final String TOKEN_KEY = "dGVzdC1zaWduaW5nLWtleS0wMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OQ==";

	/** OPERATOR_API_TOKEN of the tests. */
	public static final String OPERATOR_TOKEN = "operator-test-token-0123456789";

	/** The wizard's PKCE client id of the tests. */
	public static final String WIZARD_CLIENT_ID = "callimport-wizard-test-client";

	/** Failed sign-ins in a row that lock a name. */
	public static final int MAX_FAILURES = 3;

	public static final TestDatabase DATABASE = PostgresServer.shared().createDatabase();

	public static final TestBroker BROKER = RabbitServer.shared().createVirtualHost();

	private InstallationServices() {
	}

	public static GenesysCloudSimulator simulator() {
		return GenesysCloudSimulator.shared();
	}

	public static void register(DynamicPropertyRegistry registry) {
		properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	static Map<String, String> properties() {
		Map<String, String> properties = new LinkedHashMap<>(DATABASE.springProperties());
		String genesys = simulator().baseUrl();
		properties.put("settings.encryption-key", ENCRYPTION_KEY);
		properties.put("external-token.signing-key", TOKEN_KEY);
		properties.put("operator.api-token", OPERATOR_TOKEN);
		properties.put("wizard.oauth-client-id", WIZARD_CLIENT_ID);
		properties.put("wizard.genesys-base-url", genesys);
		properties.put("wizard.role-poll-interval", "100ms");
		properties.put("wizard.status-poll-interval", "500ms");
		properties.put("genesys.api-base-url", genesys);
		properties.put("genesys.login-base-url", genesys);
		properties.put("settings-check.timeout", "5s");
		properties.put("sign-in.max-failures", Integer.toString(MAX_FAILURES));
		properties.put("sign-in.lock-duration", "2m");
		// the test PostgreSQL serves every module's build on this machine: small pools
		properties.put("spring.datasource.hikari.maximum-pool-size", "4");
		properties.put("server.port", "0");
		properties.put("management.server.port", "0");
		return properties;
	}

}
