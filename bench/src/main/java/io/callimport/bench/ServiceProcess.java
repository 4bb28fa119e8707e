package io.callimport.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

import io.callimport.testsupport.JavaProcess;

/**
 * A producer or consumer started from its jar in a child JVM, with the actuator port the
 * bench gave it: health, heap (Prometheus) and memory of the process (/proc).
 */
public final class ServiceProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final JavaProcess process;

	private final int managementPort;

	ServiceProcess(String name, JavaProcess process, int managementPort) {
		this.name = name;
		this.process = process;
		this.managementPort = managementPort;
	}

	public String name() {
		return this.name;
	}

	public long pid() {
		return this.process.pid();
	}

	public int managementPort() {
		return this.managementPort;
	}

	/**
	 * Waits until the actuator answers liveness UP; fails with the log's tail if it died.
	 */
	public ServiceProcess awaitLive(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited:\n" + tail());
			}
			if (get("/actuator/health/liveness").contains("\"UP\"")) {
				return this;
			}
			LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
		}
		throw new IllegalStateException(this.name + " did not come up within " + timeout + ":\n" + tail());
	}

	/**
	 * Heap in use now (every heap pool), from the Prometheus endpoint; 0 while it cannot
	 * answer.
	 */
	public long heapUsedBytes() {
		return get("/actuator/prometheus").lines()
			.filter((line) -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
			.mapToLong((line) -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	public ProcessMemory memory() {
		return ProcessMemory.of(this.process.pid());
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	public String tail() {
		String output = this.process.output();
		return output.substring(Math.max(0, output.length() - 4000));
	}

	private String get(String path) {
		try {
			HttpResponse<String> response = HTTP
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + path))
					.timeout(Duration.ofSeconds(3))
					.build(), HttpResponse.BodyHandlers.ofString());
			return response.body();
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	/** SIGTERM, as Kubernetes stops a pod: lets a JFR recording be written. */
	@Override
	public void close() {
		this.process.stop();
	}

}
