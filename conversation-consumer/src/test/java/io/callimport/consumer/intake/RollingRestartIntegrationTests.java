package io.callimport.consumer.intake;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.minio.ListMultipartUploadsArgs;
import io.minio.MinioAsyncClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.callimport.consumer.Broker;
import io.callimport.consumer.ChildConsumer;
import io.callimport.consumer.ChildServices;
import io.callimport.consumer.ConsumerServices;
import io.callimport.consumer.ObjectStore;
import io.callimport.consumer.TestTenants;
import io.callimport.consumer.TestTenants.Tenant;
import io.callimport.model.message.CallReadyForAnalysis;
import io.callimport.model.messaging.MessagingTopology;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.GroundTruthRecording;
import io.callimport.simulator.control.SimulatorControl;
import io.callimport.testsupport.JavaProcess;
import io.callimport.testsupport.ObjectStoreServer;
import io.callimport.testsupport.TcpProxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rolling restart in the middle of a 200 MB import: the consumer in a child JVM gets
 * SIGTERM while the recording streams (the object store is reached through a proxy that
 * paces it to about 10 s), finishes that import before it exits, and the consumer started
 * after it finds nothing left to do: the recording was downloaded once, the call imported
 * and queued once, nothing dead-lettered.
 */
class RollingRestartIntegrationTests {

	private static final long RECORDING_BYTES = 200_000_000L;

	static final ConsumerServices services = ConsumerServices.create()
		.with("consumer.concurrency", "2")
		.with("consumer.shutdown.drain-timeout", "100s");

	static final ChildServices child = new ChildServices(services);

	@AfterAll
	static void close() {
		child.close();
	}

	@Test
	void consumerStoppedDuringALargeImportFinishesItBeforeItExits() throws Exception {
		SimulatorControl simulator = services.simulator().control();
		ObjectStoreServer store = ObjectStoreServer.shared();
		URI endpoint = URI.create(store.endpoint());
		Tenant tenant;
		String conversation;
		String firstOutput;
		try (TcpProxy paced = TcpProxy.start(endpoint.getHost(), endpoint.getPort())) {
			paced.throttle(20_000_000);
			Map<String, String> env = Map.of("MINIO_ENDPOINT", "http://127.0.0.1:" + paced.port());
			try (JavaProcess first = ChildConsumer.start(services, "256m", env)) {
				child.awaitStarted(first);
				tenant = new TestTenants(child.settings(), child.jdbc(), simulator).create("rollco", 1);
				conversation = simulator
					.createCalls(tenant.orgId(),
							CallRequest.answeredBy(tenant.agent(0))
								.withTiming(Duration.ofSeconds(1), Duration.ZERO)
								.withRecording(1, "AVAILABLE", 2, RECORDING_BYTES))
					.get(0);
				new Broker(child.rabbit()).publishEnded(tenant.id(), conversation, tenant.agent(0));
				await().atMost(Duration.ofSeconds(60)).until(() -> {
					assertThat(first.isAlive()).as(ChildServices.tail(first)).isTrue();
					return uploadsUnderWay(store) > 0;
				});

				first.terminate();
				assertThat(first.waitFor(Duration.ofSeconds(150))).as("the first consumer exits").isTrue();
				firstOutput = first.output();
			}
			try (JavaProcess second = ChildConsumer.start(services, "256m", env)) {
				// it consumes the tenant's queues: a delivery the first one left, it
				// imports
				await().atMost(Duration.ofMinutes(3)).until(() -> {
					assertThat(second.isAlive()).as(ChildServices.tail(second)).isTrue();
					return second.output().contains("Consuming the queues of tenant " + tenant.id());
				});
				await().atMost(Duration.ofSeconds(120)).until(() -> {
					assertThat(second.isAlive()).as(ChildServices.tail(second)).isTrue();
					return queued(tenant) == 1;
				});
			}
		}

		assertThat(mediaDownloads(simulator, tenant)).as("the recording was downloaded once").isEqualTo(1);
		assertThat(firstOutput).as("the first consumer finished the import after SIGTERM")
			.contains("waiting up to PT1M40S for the 1 under way", "Every import under way finished in");
		GroundTruthRecording truth = simulator.groundTruth(tenant.orgId(), null, null, false)
			.conversations()
			.get(0)
			.recordings()
			.get(0);
		Map<String, Object> row = child.jdbc()
			.sql("SELECT object_key, bytes, sha256 FROM recordings WHERE tenant_id = :t")
			.param("t", tenant.id())
			.query()
			.singleRow();
		assertThat(row).containsEntry("bytes", RECORDING_BYTES).containsEntry("sha256", truth.sha256());
		ObjectStore objects = ObjectStore.shared(services.bucket());
		assertThat(objects.list(tenant.id() + "/"))
			.containsOnly(Map.entry((String) row.get("object_key"), RECORDING_BYTES));
		assertThat(child.count("SELECT count(*) FROM import_failures WHERE tenant_id = :t", tenant.id())).isZero();
		Broker broker = new Broker(child.rabbit());
		List<CallReadyForAnalysis> analysis = broker.drainAnalysis();
		assertThat(analysis).extracting(CallReadyForAnalysis::conversationId).containsExactly(conversation);
		assertThat(broker.drain(MessagingTopology.CONVERSATION_ENDED_DLQ)).isEmpty();
	}

	private static long queued(Tenant tenant) {
		return child.count("SELECT count(*) FROM calls WHERE tenant_id = :t AND status = 'QUEUED_FOR_ANALYSIS'",
				tenant.id());
	}

	private static long mediaDownloads(SimulatorControl simulator, Tenant tenant) {
		return simulator.requests()
			.entries()
			.stream()
			.filter((entry) -> tenant.orgId().equals(entry.organizationId()) && entry.path().startsWith("/media/"))
			.mapToLong((entry) -> entry.count())
			.sum();
	}

	private static int uploadsUnderWay(ObjectStoreServer store) throws Exception {
		MinioAsyncClient client = MinioAsyncClient.builder()
			.endpoint(store.endpoint())
			.credentials(store.accessKey(), store.secretKey())
			.build();
		return client.listMultipartUploads(ListMultipartUploadsArgs.builder().bucket(services.bucket()).build())
			.get()
			.result()
			.uploads()
			.size();
	}

}
