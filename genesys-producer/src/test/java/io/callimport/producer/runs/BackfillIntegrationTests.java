package io.callimport.producer.runs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.callimport.model.messaging.ImportLane;
import io.callimport.model.messaging.MessagingTopology;
import io.callimport.producer.AdminApiClient;
import io.callimport.producer.MessageTap;
import io.callimport.producer.ProducerApplication;
import io.callimport.producer.ProducerServices;
import io.callimport.producer.QueueDepthSampler;
import io.callimport.producer.SimulatedTenant;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.GroundTruthConversation;
import io.callimport.simulator.control.SimulatorControl;
import io.callimport.testsupport.JavaProcess;
import io.callimport.testsupport.TestPorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A backfill of the last 7 days for a tenant, through the runs API of a producer in a
 * child JVM, with the consumer importing. The producer is killed (SIGKILL) half way, in
 * the middle of a day window's publishing, and started again: the new holder resumes the
 * run from its progress (repeating that window), and every ground-truth call of those
 * days is imported, each published once. The backfill publishes at the consumer's pace
 * (the queue stays short), and live calls made meanwhile are imported while it runs.
 */
class BackfillIntegrationTests {

	static final String TENANT = "backfill";

	static final ImportStack stack = ImportStack.get();

	static final int PORT = TestPorts.free();

	static final ProducerServices services = ProducerServices.create(TENANT, stack.database(), stack.broker())
		.with("server.port", Integer.toString(PORT))
		.with("reconciliation.poll-interval", "300ms")
		.with("reconciliation.jobs.poll-interval", "1500ms")
		.with("reconciliation.pacing.max-queued", "5")
		.with("reconciliation.pacing.check-every", "1")
		.with("reconciliation.pacing.check-interval", "50ms");

	static final SimulatedTenant genesys = SimulatedTenant.create(services.simulator().control(),
			SimulatedTenant.scenario("Agents", 6, 4));

	static final List<AutoCloseable> resources = new ArrayList<>();

	SimulatorControl simulator = services.simulator().control();

	AdminApiClient api = new AdminApiClient(PORT, ProducerServices.ADMIN_TOKEN);

	@AfterAll
	static void close() throws Exception {
		for (AutoCloseable resource : resources) {
			resource.close();
		}
	}

	@Test
	void aSevenDayBackfillKilledHalfWayResumesAfterARestartAndImportsEveryCallOnce() {
		stack.awaitConsumer();
		MessageTap ended = keep(MessageTap.on(stack.broker(), MessagingTopology.CONVERSATIONS_EXCHANGE, "#")); // live
																												// and
																												// background
																												// keys
																												// of
																												// the
																												// tenant
		MessageTap analysed = keep(MessageTap.on(stack.broker(), MessagingTopology.ANALYSIS_EXCHANGE,
				MessagingTopology.CALL_READY_ROUTING_KEY));
		QueueDepthSampler queue = keep(
				new QueueDepthSampler(stack.broker(), MessagingTopology.queueFor(TENANT, ImportLane.BACKGROUND)));
		Instant to = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant from = to.minus(Duration.ofDays(7));
		historicWeek(from, to);

		JavaProcess first = keep(producer());
		awaitApi(first);
		assertThat(this.api.put("/api/v1/tenants/" + TENANT + "/genesys-settings", genesys.settingsJson()).status())
			.isEqualTo(201);
		AdminApiClient.Response accepted = this.api.post("/api/v1/tenants/" + TENANT + "/reconciliations",
				"{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
		assertThat(accepted.status()).isEqualTo(202);
		JsonNode requested = accepted.json();
		assertThat(requested.path("kind").asString()).isEqualTo("BACKFILL");
		assertThat(requested.path("windowsTotal").asInt()).isEqualTo(7);
		String runId = requested.path("id").asString();

		// 30 group calls a day: the fourth day window is a third through its publishing
		await().atMost(Duration.ofSeconds(90)).until(() -> published() >= 100);
		first.kill();
		Map<String, Object> atKill = run(runId);
		assertThat(atKill.get("status")).isEqualTo("RUNNING");
		assertThat((Integer) atKill.get("windows_done")).isBetween(3, 6);

		JavaProcess restarted = keep(producer());
		awaitApi(restarted);
		List<String> live = liveCallsWhileItResumes(runId);
		await().atMost(Duration.ofSeconds(120)).until(() -> "SUCCEEDED".equals(run(runId).get("status")));
		Set<String> expected = groundTruth(from, to);
		Set<String> all = new HashSet<>(expected);
		all.addAll(live);
		try {
			await().atMost(Duration.ofSeconds(90)).until(() -> stack.importedCalls(TENANT).containsAll(all));
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			diagnose(all);
			throw ex;
		}
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(10))
			.until(() -> stack.allCalls(TENANT).size() == all.size());

		JsonNode record = this.api.get("/api/v1/tenants/" + TENANT + "/reconciliations/" + runId).json();
		Map<String, Set<String>> messageIds = ended.messageIdsByConversation(TENANT);
		long backfillMessages = expected.stream().mapToLong((id) -> messageIds.getOrDefault(id, Set.of()).size()).sum();
		System.out.printf(
				"Backfill: killed at %s window(s) done; run record %s%n  %d expected calls, %d live; "
						+ "conversations queue at most %d ready message(s) (%d samples)%n",
				atKill.get("windows_done"), record, expected.size(), live.size(), queue.max(), queue.samples());
		assertThat(stack.allCalls(TENANT)).as("calls table").containsExactlyInAnyOrderElementsOf(all);
		assertThat(messageIds).containsOnlyKeys(all).allSatisfy((conversation, ids) -> assertThat(ids).hasSize(1));
		assertThat(ended.messagesOf(TENANT)).filteredOn((m) -> expected.contains(m.path("conversationId").asString()))
			.allSatisfy((m) -> assertThat(m.path("source").asString()).isEqualTo("BACKFILL"));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> analysed.messageIdsByConversation(TENANT).keySet().containsAll(all));
		assertThat(analysed.messageIdsByConversation(TENANT)).containsOnlyKeys(all)
			.allSatisfy((conversation, ids) -> assertThat(ids).hasSize(1));
		assertThat(record.path("windowsDone").asInt()).isEqualTo(7);
		assertThat(record.path("found").asInt()).isEqualTo(expected.size());
		assertThat(record.path("failed").asInt()).isZero();
		// what the killed replica published in its unfinished window is on its way (or
		// imported) for the successor
		assertThat(record.path("alreadyImported").asLong() + record.path("inFlight").asLong())
			.isEqualTo(backfillMessages - record.path("requeued").asLong());
		// whether the pacing had to wait depends on how fast the consumer drains the
		// tenant's queue
		// (PublishPacingIntegrationTests shows the waiting); the bound holds either way
		assertThat(queue.max()).as("ready messages in the background queue").isLessThanOrEqualTo(10);
	}

	/** Four live calls while the backfill goes on; prints how long their import took. */
	private List<String> liveCallsWhileItResumes(String runId) {
		int resumedAt = windowsDone(runId);
		await().atMost(Duration.ofSeconds(60)).until(() -> windowsDone(runId) > resumedAt);
		List<String> live = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			live.addAll(this.simulator.createCalls(genesys.organizationId(),
					TrafficDay.small(CallRequest.answeredBy(genesys.agent(i))
						.withTiming(Duration.ofSeconds(2), Duration.ofMillis(200)))));
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> stack.importedCalls(TENANT).containsAll(live));
		List<Map<String, Object>> latencies = stack.jdbc().sql("""
				SELECT conversation_id, extract(epoch FROM queued_at - ended_at) AS seconds FROM calls
				WHERE tenant_id = :t AND conversation_id IN (:ids)
				""").param("t", TENANT).param("ids", live).query().listOfRows();
		System.out.printf("Live calls during the backfill (run at %d of 7 windows, status %s): end to queued %s%n",
				windowsDone(runId), run(runId).get("status"),
				latencies.stream().map((row) -> row.get("seconds") + " s").toList());
		return live;
	}

	/**
	 * Per day: 30 calls of group agents, 3 of users outside the group, 2 chats; some
	 * outside the range.
	 */
	private void historicWeek(Instant from, Instant to) {
		for (int day = 0; day < 7; day++) {
			Instant midnight = from.plus(Duration.ofDays(day));
			for (int i = 0; i < 30; i++) {
				CallRequest call = TrafficDay.small(CallRequest.answeredBy(genesys.agent(i % 6)))
					.withTiming(Duration.ofSeconds(20 + i), Duration.ofSeconds(5))
					.startedAt(midnight.plus(Duration.ofMinutes(20 + 45L * i)));
				this.simulator.createCalls(genesys.organizationId(),
						(i % 10 == 7) ? call.withTransferTo(genesys.agent((i + 1) % 6), 1) : call);
			}
			for (int i = 0; i < 3; i++) {
				this.simulator.createCalls(genesys.organizationId(),
						TrafficDay.small(CallRequest.answeredBy(genesys.outsider(i)))
							.startedAt(midnight.plus(Duration.ofHours(3 + 6L * i))));
				this.simulator.createCalls(genesys.organizationId(),
						CallRequest.answeredBy(genesys.agent(i))
							.asChat()
							.startedAt(midnight.plus(Duration.ofHours(4 + 6L * i))));
			}
		}
		for (int i = 0; i < 4; i++) {
			this.simulator.createCalls(genesys.organizationId(),
					TrafficDay.small(CallRequest.answeredBy(genesys.agent(i)))
						.startedAt(from.minus(Duration.ofHours(2 + i))));
			this.simulator.createCalls(genesys.organizationId(),
					TrafficDay.small(CallRequest.answeredBy(genesys.agent(i)))
						.startedAt(to.plus(Duration.ofSeconds(1 + 60L * i))));
		}
	}

	private void diagnose(Set<String> all) {
		Set<String> missing = new HashSet<>(all);
		missing.removeAll(stack.importedCalls(TENANT));
		for (String id : missing) {
			System.out.println("MISSING " + id + " calls="
					+ stack.jdbc()
						.sql("SELECT status, status_reason FROM calls WHERE conversation_id = :id")
						.param("id", id)
						.query()
						.listOfRows()
					+ " published="
					+ stack.jdbc()
						.sql("SELECT source FROM published_conversations WHERE conversation_id = :id")
						.param("id", id)
						.query()
						.listOfRows()
					+ " outbox="
					+ stack.jdbc()
						.sql("SELECT published_at, attempts, last_error FROM outbox_messages WHERE conversation_id = :id")
						.param("id", id)
						.query()
						.listOfRows()
					+ " failures="
					+ stack.jdbc()
						.sql("SELECT reason_code, reason FROM import_failures WHERE conversation_id = :id")
						.param("id", id)
						.query()
						.listOfRows());
		}
	}

	private JavaProcess producer() {
		return JavaProcess.builder(ProducerApplication.class.getName())
			.jvmArg("-Xmx256m")
			.quickStart()
			.env(services.environment())
			.start();
	}

	private void awaitApi(JavaProcess producer) {
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!producer.isAlive()) {
				throw new IllegalStateException("The producer exited:\n" + producer.output());
			}
			try {
				return this.api.get("/api/v1/tenants/" + TENANT + "/reconciliations").status() == 200;
			}
			catch (IllegalStateException ex) {
				return false;
			}
		});
	}

	private Set<String> groundTruth(Instant from, Instant to) {
		return this.simulator.groundTruth(genesys.organizationId(), from, to, true, false)
			.conversations()
			.stream()
			.filter((conversation) -> conversation.mediaType().equals("voice"))
			.map(GroundTruthConversation::conversationId)
			.collect(Collectors.toSet());
	}

	private Map<String, Object> run(String runId) {
		return stack.jdbc()
			.sql("SELECT status, windows_done, progress_until, genesys_requests FROM reconciliation_runs "
					+ "WHERE id = CAST(:id AS uuid)")
			.param("id", runId)
			.query()
			.singleRow();
	}

	private long published() {
		return stack.jdbc()
			.sql("SELECT count(*) FROM published_conversations WHERE tenant_id = :t")
			.param("t", TENANT)
			.query(Long.class)
			.single();
	}

	private int windowsDone(String runId) {
		return (Integer) run(runId).get("windows_done");
	}

	private static <T extends AutoCloseable> T keep(T resource) {
		resources.add(resource);
		return resource;
	}

}
