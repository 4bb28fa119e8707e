package io.callimport.testsupport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * The RabbitMQ broker of the tests; {@link #createVirtualHost()} gives each test context
 * its own virtual host, so queues and messages never leak between tests. Virtual hosts
 * are made through the management HTTP API, or with {@code rabbitmqctl} where the
 * management plugin is off.
 */
public final class RabbitServer {

	private static final String PREFIX = "it-";

	private static final long STALE_AFTER_SECONDS = 6 * 3600;

	private static final Pattern VHOST_NAME = Pattern.compile("\"name\":\"(" + PREFIX + "(\\d+)-[0-9a-f]+)\"");

	private static volatile RabbitServer shared;

	private final String host;

	private final int amqpPort;

	private final int managementPort;

	private final String username;

	private final String password;

	// HTTP/1.1: by default the JDK client upgrades plain HTTP to h2c, which the
	// management
	// plugin's Cowboy accepts, and a pooled HTTP/2 connection that Cowboy has closed then
	// fails every following call with "EOF reached while reading"
	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final List<String> created = new ArrayList<>();

	private RabbitServer(String host, int amqpPort, int managementPort, String username, String password) {
		this.host = host;
		this.amqpPort = amqpPort;
		this.managementPort = managementPort;
		this.username = username;
		this.password = password;
		Runtime.getRuntime().addShutdownHook(new Thread(this::deleteCreated, "delete-test-vhosts"));
		deleteStale();
	}

	/**
	 * The broker for this JVM: a container, or
	 * {@code TEST_RABBITMQ_HOST|PORT|MANAGEMENT_PORT|USER|PASSWORD}.
	 */
	public static RabbitServer shared() {
		RabbitServer server = shared;
		if (server == null) {
			synchronized (RabbitServer.class) {
				server = shared;
				if (server == null) {
					server = start();
					shared = server;
				}
			}
		}
		return server;
	}

	private static RabbitServer start() {
		if (TestServices.useContainers()) {
			RabbitMQContainer container = new RabbitMQContainer("rabbitmq:4.1.4-management-alpine");
			container.start();
			return new RabbitServer(container.getHost(), container.getAmqpPort(), container.getHttpPort(),
					container.getAdminUsername(), container.getAdminPassword());
		}
		return new RabbitServer(TestServices.env("TEST_RABBITMQ_HOST", "127.0.0.1"),
				Integer.parseInt(TestServices.env("TEST_RABBITMQ_PORT", "5672")),
				Integer.parseInt(TestServices.env("TEST_RABBITMQ_MANAGEMENT_PORT", "15672")),
				TestServices.env("TEST_RABBITMQ_USER", "guest"), TestServices.env("TEST_RABBITMQ_PASSWORD", "guest"));
	}

	/** A new, empty virtual host the test user has every permission on. */
	public TestBroker createVirtualHost() {
		String vhost = PREFIX + (System.currentTimeMillis() / 1000) + "-"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
		if (managementAvailable()) {
			management("PUT", "/api/vhosts/" + encode(vhost), "{}");
			management("PUT", "/api/permissions/" + encode(vhost) + "/" + encode(this.username),
					"{\"configure\":\".*\",\"write\":\".*\",\"read\":\".*\"}");
		}
		else {
			rabbitmqctl("add_vhost", vhost);
			rabbitmqctl("set_permissions", "-p", vhost, this.username, ".*", ".*", ".*");
		}
		synchronized (this.created) {
			this.created.add(vhost);
		}
		return new TestBroker(this.host, this.amqpPort, vhost, this.username, this.password);
	}

	public void deleteVirtualHost(String vhost) {
		if (managementAvailable()) {
			management("DELETE", "/api/vhosts/" + encode(vhost), null);
		}
		else {
			rabbitmqctl("delete_vhost", vhost);
		}
	}

	private void deleteCreated() {
		List<String> names;
		synchronized (this.created) {
			names = List.copyOf(this.created);
		}
		for (String vhost : names) {
			try {
				deleteVirtualHost(vhost);
			}
			catch (RuntimeException ex) {
				// best effort: the next run deletes it as stale
			}
		}
	}

	private void deleteStale() {
		if (!managementAvailable()) {
			return;
		}
		long now = System.currentTimeMillis() / 1000;
		Matcher matcher = VHOST_NAME.matcher(management("GET", "/api/vhosts?columns=name", null));
		while (matcher.find()) {
			if (now - Long.parseLong(matcher.group(2)) > STALE_AFTER_SECONDS) {
				deleteVirtualHost(matcher.group(1));
			}
		}
	}

	private volatile Boolean management;

	private boolean managementAvailable() {
		Boolean available = this.management;
		if (available == null) {
			try {
				managementOnce("GET", "/api/overview", null);
				available = true;
			}
			catch (IllegalStateException ex) {
				if (!(ex.getCause() instanceof ConnectException)) {
					throw ex;
				}
				available = false;
			}
			this.management = available;
		}
		return available;
	}

	/**
	 * A management call, tried for about a minute and a half: under load the management
	 * API sometimes refuses or drops connections for a few seconds, which must not fail a
	 * test that has not started yet.
	 */
	private String management(String method, String path, String body) {
		IllegalStateException last = null;
		for (int attempt = 1; attempt <= 20; attempt++) {
			try {
				return managementOnce(method, path, body);
			}
			catch (IllegalStateException ex) {
				last = ex;
				LockSupport.parkNanos(Duration.ofMillis(Math.min(500L * attempt, 5000L)).toNanos());
			}
		}
		throw last;
	}

	private String managementOnce(String method, String path, String body) {
		String auth = Base64.getEncoder()
			.encodeToString((this.username + ":" + this.password).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://" + this.host + ":" + this.managementPort + path))
			.header("Authorization", "Basic " + auth)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300 && !(method.equals("DELETE") && response.statusCode() == 404)) {
				throw new IllegalStateException(
						method + " " + path + " -> " + response.statusCode() + " " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("RabbitMQ management API not reachable on port " + this.managementPort, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void rabbitmqctl(String... args) {
		List<String> command = new ArrayList<>();
		command.add("rabbitmqctl");
		command.addAll(List.of(args));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Neither the RabbitMQ management API nor rabbitmqctl is available", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
