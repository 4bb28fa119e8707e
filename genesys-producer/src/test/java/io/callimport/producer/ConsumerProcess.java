package io.callimport.producer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.callimport.testsupport.JavaProcess;
import io.callimport.testsupport.TestPorts;
import io.callimport.testsupport.ObjectStoreServer;
import io.callimport.testsupport.TestBroker;
import io.callimport.testsupport.TestDatabase;

import static org.awaitility.Awaitility.await;

/**
 * The consumer service from conversation-consumer's executable jar, in a child JVM
 * configured only by environment variables, as deployed: it imports what the producer
 * publishes into the {@code calls} table (and recordings into the S3 server), which the
 * reconciliation tests compare with Genesys' ground truth. Maven passes the jar's path as
 * {@code callimport.consumer-jar}.
 */
public final class ConsumerProcess implements AutoCloseable {

	private final JavaProcess process;

	private final int managementPort;

	private ConsumerProcess(JavaProcess process, int managementPort) {
		this.process = process;
		this.managementPort = managementPort;
	}

	/** Starts the consumer on these services; {@link #awaitReady()} waits for it. */
	public static ConsumerProcess start(TestDatabase database, TestBroker broker, String bucket,
			String genesysBaseUrl) {
		int managementPort = TestPorts.free();
		Map<String, String> properties = new LinkedHashMap<>();
		properties.putAll(database.springProperties());
		properties.putAll(broker.springProperties());
		properties.putAll(ObjectStoreServer.shared().minioProperties(bucket));
		properties.put("settings.encryption-key", ProducerServices.ENCRYPTION_KEY);
		properties.put("genesys.api-base-url", genesysBaseUrl);
		properties.put("genesys.login-base-url", genesysBaseUrl);
		properties.put("genesys.budget.requests-per-minute", "6000");
		properties.put("genesys.budget.burst", "100");
		properties.put("consumer.concurrency", "4");
		properties.put("consumer.retry.initial-delay", "1s");
		properties.put("consumer.retry.multiplier", "1.0");
		properties.put("consumer.retry.details-wait", "60s");
		properties.put("consumer.retry.recording-wait", "4s");
		properties.put("consumer.retry.wrap-up-wait", "10s");
		properties.put("server.port", "0");
		properties.put("management.server.port", Integer.toString(managementPort));
		JavaProcess process = JavaProcess.executableJar(jar())
			.jvmArg("-Xmx256m")
			.quickStart()
			.jvmArg("-XX:+ExitOnOutOfMemoryError")
			.env(environment(properties))
			.start();
		return new ConsumerProcess(process, managementPort);
	}

	/** Waits until the consumer reports itself ready (database, broker, object store). */
	public ConsumerProcess awaitReady() {
		AdminApiClient management = new AdminApiClient(this.managementPort, null);
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The consumer exited:\n" + tail());
			}
			try {
				return management.get("/actuator/health/readiness").status() == 200;
			}
			catch (IllegalStateException ex) {
				return false;
			}
		});
		return this;
	}

	public String output() {
		return this.process.output();
	}

	private String tail() {
		String output = this.process.output();
		return output.substring(Math.max(0, output.length() - 6000));
	}

	@Override
	public void close() {
		this.process.close();
	}

	private static Path jar() {
		String path = System.getProperty("callimport.consumer-jar");
		if (path == null || !path.endsWith(".jar") || !Files.isRegularFile(Path.of(path))) {
			throw new IllegalStateException("callimport.consumer-jar must name conversation-consumer's executable jar "
					+ "(Maven sets it; run the tests through Maven after packaging or installing the consumer), not "
					+ path);
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
