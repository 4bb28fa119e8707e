package io.callimport.installation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.callimport.testsupport.JavaProcess;
import io.callimport.testsupport.TestPorts;
import io.callimport.testsupport.ObjectStoreServer;

import static org.awaitility.Awaitility.await;

/**
 * The producer and the consumer as deployed: each from its own executable jar in a child
 * JVM, configured by environment variables only, on the module's shared database and
 * virtual host. Maven passes the jars' paths ({@code callimport.producer-jar},
 * {@code callimport.consumer-jar}).
 */
public final class ServiceProcess implements AutoCloseable {

	private final JavaProcess process;

	private final int managementPort;

	private final String name;

	private ServiceProcess(String name, JavaProcess process, int managementPort) {
		this.name = name;
		this.process = process;
		this.managementPort = managementPort;
	}

	/** A producer of one tenant, with the short timings of the producer's own tests. */
	public static ServiceProcess producer(String tenantId) {
		Map<String, String> properties = common();
		properties.put("tenant.id", tenantId);
		properties.put("tenant.settings-poll-interval", "1s");
		properties.put("admin.api-token", "installation-test-admin-token-0123456789");
		properties.put("notification.heartbeat-interval", "1s");
		properties.put("notification.heartbeat-slack", "2s");
		properties.put("notification.ping-interval", "1s");
		properties.put("notification.watchdog-period", "200ms");
		properties.put("notification.reconnect.initial", "200ms");
		properties.put("notification.reconnect.max", "2s");
		properties.put("agent-sync.interval", "3s");
		properties.put("agent-sync.retry-interval", "1s");
		properties.put("leadership.lease-duration", "6s");
		properties.put("leadership.renew-interval", "1s");
		properties.put("leadership.safety-margin", "1s");
		properties.put("publishing.relay-interval", "200ms");
		return start("producer", jar("callimport.producer-jar"), properties);
	}

	/** The consumer, importing into the shared database and the in-process S3 server. */
	public static ServiceProcess consumer(String bucket) {
		Map<String, String> properties = common();
		properties.putAll(ObjectStoreServer.shared().minioProperties(bucket));
		properties.put("consumer.concurrency", "2");
		properties.put("consumer.retry.initial-delay", "1s");
		properties.put("consumer.retry.multiplier", "1.0");
		properties.put("consumer.retry.details-wait", "60s");
		properties.put("consumer.retry.recording-wait", "4s");
		properties.put("consumer.retry.wrap-up-wait", "10s");
		return start("consumer", jar("callimport.consumer-jar"), properties);
	}

	private static Map<String, String> common() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.putAll(InstallationServices.DATABASE.springProperties());
		properties.putAll(InstallationServices.BROKER.springProperties());
		properties.put("settings.encryption-key", InstallationServices.ENCRYPTION_KEY);
		properties.put("genesys.api-base-url", InstallationServices.simulator().baseUrl());
		properties.put("genesys.login-base-url", InstallationServices.simulator().baseUrl());
		properties.put("genesys.budget.requests-per-minute", "6000");
		properties.put("genesys.budget.burst", "100");
		properties.put("spring.datasource.hikari.maximum-pool-size", "4");
		properties.put("server.port", "0");
		return properties;
	}

	private static ServiceProcess start(String name, Path jar, Map<String, String> properties) {
		int managementPort = TestPorts.free();
		properties.put("management.server.port", Integer.toString(managementPort));
		JavaProcess process = JavaProcess.executableJar(jar)
			.jvmArg("-Xmx256m")
			.jvmArg("-XX:+ExitOnOutOfMemoryError")
			.quickStart()
			.env(environment(properties))
			.start();
		return new ServiceProcess(name, process, managementPort);
	}

	/** Waits until the service reports itself ready. */
	public ServiceProcess awaitReady() {
		HttpClient http = HttpClient.newHttpClient();
		URI readiness = URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/health/readiness");
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The " + this.name + " exited:\n" + tail());
			}
			try {
				return http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
		});
		return this;
	}

	/** Everything the service wrote so far. */
	public String output() {
		return this.process.output();
	}

	private String tail() {
		String output = this.process.output();
		return output.substring(Math.max(0, output.length() - 6000));
	}

	@Override
	public void close() {
		this.process.stop();
	}

	private static Path jar(String property) {
		String path = System.getProperty(property);
		if (path == null || !path.endsWith(".jar") || !Files.isRegularFile(Path.of(path))) {
			throw new IllegalStateException(property + " must name the service's executable jar (Maven sets it when "
					+ "the reactor packages the service), not " + path);
		}
		return Path.of(path);
	}

	/** Spring Boot's canonical environment variable of each property. */
	private static Map<String, String> environment(Map<String, String> properties) {
		Map<String, String> env = new LinkedHashMap<>();
		properties
			.forEach((name, value) -> env.put(name.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT), value));
		return env;
	}

}
