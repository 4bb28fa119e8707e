package io.callimport.consumer.recording;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.callimport.consumer.Broker;
import io.callimport.consumer.ChildConsumer;
import io.callimport.consumer.ChildServices;
import io.callimport.consumer.ConsumerServices;
import io.callimport.consumer.ObjectStore;
import io.callimport.consumer.TestTenants;
import io.callimport.consumer.TestTenants.Tenant;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.GroundTruthRecording;
import io.callimport.simulator.control.SimulatorControl;
import io.callimport.testsupport.JavaProcess;
import io.callimport.testsupport.TestPorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A 512 MiB recording through a consumer whose heap is capped at 128 MiB (the service
 * needs most of that to run at all): streamed from the media URI to the object store,
 * hashed on the way. Prints the figures.
 */
class LargeRecordingIntegrationTests {

	private static final long SIZE = 512L << 20;

	private static final String MAX_HEAP = "128m";

	private static final Pattern STORED = Pattern.compile("(\\d+) bytes in (\\d+) ms");

	static final ConsumerServices services = ConsumerServices.create()
		.with("consumer.concurrency", "2")
		.with("consumer.failures-gauge-refresh", "1s");

	static final ChildServices child = new ChildServices(services);

	@AfterAll
	static void close() {
		child.close();
	}

	@Test
	void recordingFourTimesTheHeapIsStreamedIntoTheObjectStore() throws Exception {
		SimulatorControl simulator = services.simulator().control();
		int managementPort = TestPorts.free();
		AtomicLong maxHeapUsed = new AtomicLong();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		try (JavaProcess consumer = ChildConsumer.startForThroughput(services, MAX_HEAP,
				Map.of("MANAGEMENT_SERVER_PORT", Integer.toString(managementPort)))) {
			child.awaitStarted(consumer);
			sampler.scheduleAtFixedRate(() -> maxHeapUsed.accumulateAndGet(heapUsed(managementPort), Math::max), 0, 200,
					TimeUnit.MILLISECONDS);
			Tenant tenant = new TestTenants(child.settings(), child.jdbc(), simulator).create("bigco", 1);
			String conversation = simulator
				.createCalls(tenant.orgId(),
						CallRequest.answeredBy(tenant.agent(0))
							.withTiming(Duration.ofSeconds(1), Duration.ZERO)
							.withRecording(1, "AVAILABLE", 2, SIZE))
				.get(0);

			new Broker(child.rabbit()).publishEnded(tenant.id(), conversation, tenant.agent(0));

			await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> {
				assertThat(consumer.isAlive()).as(ChildServices.tail(consumer)).isTrue();
				return child.count("SELECT count(*) FROM calls WHERE tenant_id = :t AND status = 'QUEUED_FOR_ANALYSIS'",
						tenant.id()) == 1;
			});
			sampler.shutdownNow();
			Matcher figures = STORED.matcher(consumer.output());
			assertThat(figures.find()).as("the consumer logged the upload").isTrue();
			long millis = Long.parseLong(figures.group(2));
			GroundTruthRecording truth = simulator.groundTruth(tenant.orgId(), null, null, false)
				.conversations()
				.get(0)
				.recordings()
				.get(0);
			Map<String, Object> row = child.jdbc()
				.sql("SELECT object_key, bytes, sha256 FROM recordings WHERE tenant_id = 'bigco'")
				.query()
				.singleRow();
			System.out.printf(
					"Large recording: %d bytes in %.1f s (%.1f MB/s) through a consumer with -Xmx%s;"
							+ " max heap used (sampled every 200 ms): %.1f MiB%n",
					truth.bytes(), millis / 1000.0, truth.bytes() / 1e3 / millis, MAX_HEAP,
					maxHeapUsed.get() / 1048576.0);
			assertThat(truth.bytes()).isEqualTo(SIZE);
			assertThat(row).containsEntry("bytes", SIZE).containsEntry("sha256", truth.sha256());
			ObjectStore objects = ObjectStore.shared(services.bucket());
			assertThat(objects.list("bigco/")).containsEntry((String) row.get("object_key"), SIZE);
			assertThat(maxHeapUsed.get()).isPositive().isLessThan(128L << 20);
			String metrics = scrape(managementPort);
			assertThat(metrics).contains(
					"callimport_imports_total{application=\"conversation-consumer\",outcome=\"queued\",tenant=\"bigco\"} 1.0",
					"callimport_recordings_bytes_sum{application=\"conversation-consumer\",tenant=\"bigco\"} 5.36870912E8",
					"callimport_import_latency_seconds_bucket{application=\"conversation-consumer\",tenant=\"bigco\",le=",
					"callimport_failures_open{application=\"conversation-consumer\",tenant=\"bigco\"} 0.0");
		}
		finally {
			sampler.shutdownNow();
		}
	}

	private static String scrape(int port) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
				.timeout(Duration.ofSeconds(2))
				.build(), HttpResponse.BodyHandlers.ofString());
		return response.body();
	}

	/** Heap in use, from the consumer's Prometheus endpoint; 0 while it cannot answer. */
	private static long heapUsed(int port) {
		try {
			return scrape(port).lines()
				.filter((line) -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
				.mapToLong((line) -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
				.sum();
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

}
