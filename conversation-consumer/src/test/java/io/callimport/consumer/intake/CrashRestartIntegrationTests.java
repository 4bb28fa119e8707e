package io.callimport.consumer.intake;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.FaultSettings;
import io.callimport.simulator.control.GroundTruthConversation;
import io.callimport.simulator.control.GroundTruthRecording;
import io.callimport.simulator.control.SimulatorControl;
import io.callimport.testsupport.JavaProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A consumer in a child JVM is killed (SIGKILL) in the middle of a batch (some of its
 * calls stored and queued, the others still streaming), and a second one takes over what
 * the first left unacknowledged.
 */
class CrashRestartIntegrationTests {

	private static final int CALLS = 16;

	static final ConsumerServices services = ConsumerServices.create().with("consumer.concurrency", "4");

	static final ChildServices child = new ChildServices(services);

	@AfterAll
	static void close() {
		child.close();
	}

	@Test
	void consumerKilledInTheMiddleOfABatchAndRestartedImportsEachCallExactlyOnce() throws Exception {
		SimulatorControl simulator = services.simulator().control();
		Tenant tenant;
		List<String> calls;
		long queuedAtKill;
		try (JavaProcess first = ChildConsumer.start(services, "256m", Map.of())) {
			child.awaitStarted(first);
			tenant = new TestTenants(child.settings(), child.jdbc(), simulator).create("crashco", 2);
			simulator.setOrganizationFaults(tenant.orgId(), FaultSettings.none().withLatency(Duration.ofMillis(300)));
			calls = simulator.createCalls(tenant.orgId(),
					CallRequest.answeredBy(tenant.agent(0))
						.withCount(CALLS)
						.withTiming(Duration.ofSeconds(1), Duration.ofSeconds(1))
						.withRecording(1, "AVAILABLE", 2, 4_000_000L));
			Broker broker = new Broker(child.rabbit());
			calls.forEach((id) -> broker.publishEnded(tenant.id(), id, tenant.agent(0)));

			await().atMost(Duration.ofSeconds(60)).until(() -> queued(tenant) >= 2 || !first.isAlive());
			first.kill();
			queuedAtKill = queued(tenant);
			System.out.println("Killed the first consumer with " + queuedAtKill + " of " + CALLS + " calls queued");
		}
		assertThat(queuedAtKill).as("killed in the middle of the imports").isBetween(2L, (long) CALLS - 1);

		try (JavaProcess second = ChildConsumer.start(services, "256m", Map.of())) {
			await().atMost(Duration.ofSeconds(120)).until(() -> {
				assertThat(second.isAlive()).as(ChildServices.tail(second)).isTrue();
				return queued(tenant) == CALLS;
			});
		}
		simulator.clearOrganizationFaults(tenant.orgId());
		assertThat(simulator.requests()
			.entries()
			.stream()
			.filter((entry) -> tenant.orgId().equals(entry.organizationId())
					&& entry.path().equals("/api/v2/recording/batchrequests"))
			.count()).as("the calls went through recording batch jobs").isPositive();

		assertThat(child.count("SELECT count(*) FROM calls WHERE tenant_id = :t", tenant.id())).isEqualTo(CALLS);
		assertThat(child.count("SELECT count(*) FROM recordings WHERE tenant_id = :t", tenant.id())).isEqualTo(CALLS);
		ObjectStore objects = ObjectStore.shared(services.bucket());
		Map<String, Long> stored = objects.list(tenant.id() + "/");
		assertThat(stored).hasSize(CALLS);
		for (GroundTruthConversation truth : simulator.groundTruth(tenant.orgId(), null, null, false).conversations()) {
			GroundTruthRecording recording = truth.recordings().get(0);
			String key = stored.keySet()
				.stream()
				.filter((k) -> k.contains(recording.recordingId()))
				.findFirst()
				.orElseThrow();
			assertThat(stored.get(key)).isEqualTo(recording.bytes());
			assertThat(objects.sha256(key)).isEqualTo(recording.sha256());
		}
		List<CallReadyForAnalysis> analysis = new Broker(child.rabbit()).drainAnalysis();
		Map<String, List<CallReadyForAnalysis>> perCall = analysis.stream()
			.collect(Collectors.groupingBy(CallReadyForAnalysis::conversationId));
		System.out.println("Analysis messages after the crash: " + analysis.size() + " for " + CALLS + " calls");
		assertThat(perCall).containsOnlyKeys(calls);
		perCall.values()
			.forEach((messages) -> assertThat(messages).extracting(CallReadyForAnalysis::messageId)
				.as("a repeated analysis message keeps its id")
				.containsOnly(messages.get(0).messageId()));
	}

	private static long queued(Tenant tenant) {
		return child.count("SELECT count(*) FROM calls WHERE tenant_id = :t AND status = 'QUEUED_FOR_ANALYSIS'",
				tenant.id());
	}

}
