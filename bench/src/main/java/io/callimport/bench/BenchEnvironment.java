package io.callimport.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.model.settings.StandaloneSettingsStore;
import io.callimport.simulator.GenesysCloudSimulator;
import io.callimport.simulator.control.SimulatorControl;
import io.callimport.testsupport.JavaProcess;
import io.callimport.testsupport.PostgresServer;
import io.callimport.testsupport.RabbitServer;
import io.callimport.testsupport.TestBroker;
import io.callimport.testsupport.TestDatabase;

/**
 * Everything a scenario runs against: a fresh PostgreSQL database and RabbitMQ virtual
 * host (dropped at the end), an S3 server, the Genesys Cloud simulator in this JVM, and
 * producers and consumers started from their jars in child JVMs, configured only through
 * environment variables as a deployment is.
 */
public final class BenchEnvironment implements AutoCloseable {

	private static final String BUCKET = "call-recordings";

	private final ServiceJars jars;

	private final Path jfrDirectory;

	private final TestDatabase database;

	private final TestBroker broker;

	private final BenchObjectStore objects;

	private final GenesysCloudSimulator simulator;

	private final String encryptionKey;

	private final CachingConnectionFactory rabbitConnection;

	private final RabbitTemplate rabbit;

	private final JdbcClient jdbc;

	private final StandaloneSettingsStore settings;

	private final List<ServiceProcess> processes = new ArrayList<>();

	private BenchEnvironment(ServiceJars jars, Path jfrDirectory) {
		SecureRandom random = new SecureRandom();
		this.jars = jars;
		this.jfrDirectory = jfrDirectory;
		this.database = PostgresServer.shared().createDatabase();
		this.broker = RabbitServer.shared().createVirtualHost();
		this.objects = BenchObjectStore.start(Base64.getUrlEncoder().encodeToString(random.generateSeed(24)));
		this.simulator = GenesysCloudSimulator.start();
		this.encryptionKey = Base64.getEncoder().encodeToString(random.generateSeed(32));
		this.rabbitConnection = new CachingConnectionFactory(this.broker.host(), this.broker.port());
		this.rabbitConnection.setVirtualHost(this.broker.virtualHost());
		this.rabbitConnection.setUsername(this.broker.username());
		this.rabbitConnection.setPassword(this.broker.password());
		this.rabbit = new RabbitTemplate(this.rabbitConnection);
		this.jdbc = JdbcClient.create(new DriverManagerDataSource(this.database.jdbcUrl(), this.database.username(),
				this.database.password()));
		this.settings = new StandaloneSettingsStore(this.database.jdbcUrl(), this.database.username(),
				this.database.password(), this.encryptionKey);
	}

	/**
	 * Starts the shared services; {@code jfrDirectory} (or null) is where every child JVM
	 * writes a Java Flight Recording.
	 */
	public static BenchEnvironment start(ServiceJars jars, Path jfrDirectory) {
		return new BenchEnvironment(jars, jfrDirectory);
	}

	/**
	 * A consumer (all tenants) from its jar. The schema is migrated by the first one; the
	 * call returns once it is live.
	 * @param name for logs and JFR files
	 * @param maxHeap e.g. {@code 512m}
	 * @param extraEnvironment tuning variables on top of the deployment's required ones
	 */
	public ServiceProcess startConsumer(String name, String maxHeap, Map<String, String> extraEnvironment) {
		Map<String, String> env = commonEnvironment();
		env.put("MINIO_ENDPOINT", this.objects.endpoint());
		env.put("MINIO_ACCESS_KEY", this.objects.accessKey());
		env.put("MINIO_SECRET_KEY", this.objects.secretKey());
		env.put("MINIO_BUCKET", BUCKET);
		// the bench creates tenants while consumers run: find them within a second, not
		// ten
		env.put("CONSUMER_BATCH_TENANTDISCOVERYINTERVAL", "1s");
		env.putAll(extraEnvironment);
		return start(name, this.jars.consumer(), maxHeap, env);
	}

	/**
	 * The producer of one tenant from its jar; its admin API token is {@code adminToken}.
	 * Its settings API listens on the returned {@code SERVER_PORT} in
	 * {@code extraEnvironment} when one is given (else a free one the caller cannot
	 * know).
	 */
	public ServiceProcess startProducer(String name, String tenantId, String adminToken, String maxHeap,
			Map<String, String> extraEnvironment) {
		Map<String, String> env = commonEnvironment();
		env.put("TENANT_ID", tenantId);
		env.put("ADMIN_API_TOKEN", adminToken);
		env.putAll(extraEnvironment);
		return start(name, this.jars.producer(), maxHeap, env);
	}

	private Map<String, String> commonEnvironment() {
		Map<String, String> env = new LinkedHashMap<>();
		env.put("SPRING_DATASOURCE_URL", this.database.jdbcUrl());
		env.put("SPRING_DATASOURCE_USERNAME", this.database.username());
		env.put("SPRING_DATASOURCE_PASSWORD", this.database.password());
		// the machine's PostgreSQL allows 100 connections for every JVM of the run
		env.put("SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE", "6");
		env.put("SPRING_DATASOURCE_HIKARI_MINIMUMIDLE", "1");
		env.put("SPRING_RABBITMQ_HOST", this.broker.host());
		env.put("SPRING_RABBITMQ_PORT", Integer.toString(this.broker.port()));
		env.put("SPRING_RABBITMQ_USERNAME", this.broker.username());
		env.put("SPRING_RABBITMQ_PASSWORD", this.broker.password());
		env.put("SPRING_RABBITMQ_VIRTUAL_HOST", this.broker.virtualHost());
		env.put("SETTINGS_ENCRYPTION_KEY", this.encryptionKey);
		env.put("GENESYS_API_BASE_URL", this.simulator.baseUrl());
		env.put("GENESYS_LOGIN_BASE_URL", this.simulator.baseUrl());
		env.put("SERVER_PORT", "0");
		env.put("MANAGEMENT_SERVER_PORT", Integer.toString(freePort()));
		return env;
	}

	private ServiceProcess start(String name, Path jar, String maxHeap, Map<String, String> env) {
		JavaProcess.Builder builder = JavaProcess.executableJar(jar)
			.jvmArg("-Xmx" + maxHeap)
			.jvmArg("-XX:+ExitOnOutOfMemoryError")
			.env(env);
		if (this.jfrDirectory != null) {
			builder.jvmArg("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
					+ this.jfrDirectory.resolve(name + "-" + System.currentTimeMillis() + ".jfr"));
		}
		ServiceProcess process = new ServiceProcess(name, builder.start(),
				Integer.parseInt(env.get("MANAGEMENT_SERVER_PORT")));
		synchronized (this.processes) {
			this.processes.add(process);
		}
		return process.awaitLive(Duration.ofMinutes(3));
	}

	public SimulatorControl simulator() {
		return this.simulator.control();
	}

	public String simulatorBaseUrl() {
		return this.simulator.baseUrl();
	}

	public BenchTenants tenants() {
		return new BenchTenants(this.settings.settings(), this.jdbc, this.simulator.control());
	}

	public EndedPublisher publisher() {
		return new EndedPublisher(this.rabbit);
	}

	public CallsTable calls() {
		return new CallsTable(this.jdbc);
	}

	public JdbcClient jdbc() {
		return this.jdbc;
	}

	public RabbitTemplate rabbit() {
		return this.rabbit;
	}

	public GenesysSettingsRepository settings() {
		return this.settings.settings();
	}

	public BenchObjectStore objects() {
		return this.objects;
	}

	public String bucket() {
		return BUCKET;
	}

	public TestDatabase database() {
		return this.database;
	}

	public TestBroker broker() {
		return this.broker;
	}

	/**
	 * Stops every child JVM still running (a scenario stops its own; this is the net).
	 */
	public void stopProcesses() {
		List<ServiceProcess> running;
		synchronized (this.processes) {
			running = List.copyOf(this.processes);
			this.processes.clear();
		}
		running.stream().filter(ServiceProcess::isAlive).forEach(ServiceProcess::close);
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		stopProcesses();
		this.settings.close();
		this.rabbitConnection.destroy();
		this.simulator.close();
		this.objects.close();
		RabbitServer.shared().deleteVirtualHost(this.broker.virtualHost());
		// the database goes with PostgresServer's shutdown hook (it drops what it
		// created)
	}

}
