package io.callimport.bench.producer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin API of one producer, as an operator calls it: request a reconciliation of a
 * window and follow its run record until it has finished.
 */
final class ProducerAdmin {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String tenantId;

	private final int port;

	private final String token;

	private ProducerAdmin(String tenantId, int port, String token) {
		this.tenantId = tenantId;
		this.port = port;
		this.token = token;
	}

	/** A random token (≥ 32 characters, as the producer requires) and a free port. */
	static ProducerAdmin forTenant(String tenantId) {
		String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
		return new ProducerAdmin(tenantId, freePort(), token);
	}

	String token() {
		return this.token;
	}

	/** The environment that makes the producer's API listen where this client calls. */
	Map<String, String> environment() {
		return Map.of("SERVER_PORT", Integer.toString(this.port));
	}

	/** {@code POST …/reconciliations}: the run's id. */
	String requestReconciliation(Instant from, Instant to) {
		String body = JSON.writeValueAsString(Map.of("from", from.toString(), "to", to.toString()));
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(""))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		if (response.statusCode() != 202) {
			throw new IllegalStateException(
					"Reconciliation request answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body()).get("id").asString();
	}

	/** {@code GET …/reconciliations/{id}}: the run record. */
	JsonNode run(String runId) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/" + runId)).GET());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(
					"Run " + runId + " answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

	/** Polls the run until it SUCCEEDED or FAILED, or the timeout passes. */
	JsonNode awaitFinished(String runId, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		JsonNode run = run(runId);
		while (!finished(run) && Instant.now().isBefore(deadline)) {
			LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
			run = run(runId);
		}
		return run;
	}

	static boolean finished(JsonNode run) {
		String status = run.get("status").asString();
		return status.equals("SUCCEEDED") || status.equals("FAILED");
	}

	private URI uri(String suffix) {
		return URI
			.create("http://127.0.0.1:" + this.port + "/api/v1/tenants/" + this.tenantId + "/reconciliations" + suffix);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(
					request.header("Authorization", "Bearer " + this.token).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted calling the producer's admin API", ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
