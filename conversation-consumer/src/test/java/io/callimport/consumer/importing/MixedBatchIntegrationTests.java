package io.callimport.consumer.importing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.callimport.consumer.Broker;
import io.callimport.consumer.ConsumerServices;
import io.callimport.consumer.ObjectStore;
import io.callimport.consumer.TestTenants;
import io.callimport.consumer.TestTenants.Tenant;
import io.callimport.consumer.scheduling.ImportScheduler;
import io.callimport.model.message.ConversationEnded;
import io.callimport.model.messaging.MessagingTopology;
import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.GroundTruthConversation;
import io.callimport.simulator.control.GroundTruthRecording;
import io.callimport.simulator.control.RequestCount;
import io.callimport.simulator.control.SimulatorControl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One batch of one tenant holding every kind of call at once: ready ones, one analytics
 * does not know yet, one whose recording Genesys is still transcoding, one without a
 * recording and one archived. Each gets its own outcome from the one recording batch job,
 * and only the two that are not ready go through a delay queue.
 */
@SpringBootTest
@DirtiesContext
class MixedBatchIntegrationTests {

	static final ConsumerServices services = ConsumerServices.create();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Analytics knows a call 6 s after its end; recordings are ready 20 s after it. */
	private static final Duration ANALYTICS_LAG = Duration.ofSeconds(6);

	private static final Duration RECORDING_LAG = Duration.ofSeconds(20);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		services.with("consumer.retry.recording-wait", "2m").registerWith(registry);
	}

	@Autowired
	GenesysSettingsRepository settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	ImportScheduler scheduler;

	@Test
	void eachCallOfAMixedBatchTakesItsOwnPathAndOnlyTheUnreadyOnesAreRetried() throws Exception {
		SimulatorControl simulator = services.simulator().control();
		Tenant tenant = new TestTenants(this.settings, this.jdbc, simulator).create("mixed",
				TestTenants.scenario("mixed", 2).withLags(ANALYTICS_LAG, RECORDING_LAG));
		Instant longAgo = Instant.now().minus(Duration.ofMinutes(10));
		List<String> ready = calls(simulator, tenant,
				call(tenant).withCount(8).withRecording(1, "AVAILABLE", 2, 64_000L).startedAt(longAgo));
		List<String> unrecorded = calls(simulator, tenant,
				call(tenant).withRecording(0, "AVAILABLE", 1, null).startedAt(longAgo));
		List<String> archived = calls(simulator, tenant,
				call(tenant).withRecording(1, "ARCHIVED", 1, null).startedAt(longAgo));
		// ended 12 s ago: analytics knows it, its recording is still transcoding
		List<String> transcoding = calls(simulator, tenant, call(tenant).withRecording(1, "AVAILABLE", 1, 32_000L)
			.startedAt(Instant.now().minus(Duration.ofSeconds(14))));
		// ending now: analytics does not know it yet
		List<String> unanalysed = calls(simulator, tenant, call(tenant).withRecording(1, "AVAILABLE", 1, 32_000L));
		Broker broker = new Broker(this.rabbit);
		broker.awaitConsumed(tenant.id());
		RetryTap retries = new RetryTap(this.rabbit);
		List<RequestCount> before = simulator.requests().entries();

		// every message waits for one dispatch, so that they all form one batch
		this.scheduler.stop();
		List<String> all = concat(ready, unrecorded, archived, transcoding, unanalysed);
		all.forEach((id) -> broker.publishEnded(tenant.id(), id, tenant.agent(0)));
		await().atMost(Duration.ofSeconds(20)).until(() -> this.scheduler.waiting() == all.size());
		this.scheduler.start();

		await().atMost(Duration.ofSeconds(20))
			.until(() -> statuses(tenant).values()
				.stream()
				.filter((status) -> !status.equals("PENDING"))
				.count() == 10);
		Map<String, String> firstPass = statuses(tenant);
		assertThat(firstPass).containsAllEntriesOf(expect(ready, "QUEUED_FOR_ANALYSIS"))
			.containsAllEntriesOf(expect(unrecorded, "NO_RECORDING"))
			.containsAllEntriesOf(expect(archived, "RECORDING_ARCHIVED"))
			.containsAllEntriesOf(expect(transcoding, "PENDING"))
			.containsAllEntriesOf(expect(unanalysed, "PENDING"));
		assertThat(countSince(simulator, before, tenant, "POST", "/api/v2/recording/batchrequests"))
			.as("one recording batch job for the batch")
			.isEqualTo(1);
		assertThat(countSince(simulator, before, tenant, "GET", "/api/v2/analytics/conversations/details"))
			.as("one details request for the batch")
			.isEqualTo(1);

		await().atMost(Duration.ofSeconds(90))
			.until(() -> statuses(tenant).values().stream().noneMatch("PENDING"::equals));
		assertThat(statuses(tenant))
			.containsAllEntriesOf(expect(concat(transcoding, unanalysed), "QUEUED_FOR_ANALYSIS"));
		assertThat(retries.conversations()).as("only the calls that were not ready went to a delay queue")
			.containsOnlyElementsOf(concat(transcoding, unanalysed))
			.containsAll(concat(transcoding, unanalysed));
		assertStoredAsGenesysServedThem(simulator, tenant, concat(ready, transcoding, unanalysed));
		retries.close();
	}

	private void assertStoredAsGenesysServedThem(SimulatorControl simulator, Tenant tenant, List<String> calls)
			throws Exception {
		ObjectStore objects = ObjectStore.shared(services.bucket());
		Map<String, Long> stored = objects.list(tenant.id() + "/");
		for (GroundTruthConversation truth : simulator.groundTruth(tenant.orgId(), null, null, false).conversations()) {
			if (!calls.contains(truth.conversationId())) {
				continue;
			}
			for (GroundTruthRecording recording : truth.recordings()) {
				String key = stored.keySet()
					.stream()
					.filter((k) -> k.contains(recording.recordingId()))
					.findFirst()
					.orElseThrow();
				assertThat(objects.sha256(key)).as("the PCM WAV of the trunk's mu-law file")
					.isEqualTo(recording.sha256());
			}
		}
		List<Map<String, Object>> rows = this.jdbc
			.sql("SELECT format, source_format FROM recordings WHERE tenant_id = :t AND object_key IS NOT NULL")
			.param("t", tenant.id())
			.query()
			.listOfRows();
		assertThat(rows).isNotEmpty().allSatisfy((row) -> assertThat(row).containsEntry("format", "WAV"));
		assertThat(rows).anySatisfy((row) -> assertThat(row).containsEntry("source_format", "WAV_ULAW"));
	}

	private static long countSince(SimulatorControl simulator, List<RequestCount> before, Tenant tenant, String method,
			String path) {
		return count(simulator.requests().entries(), tenant, method, path) - count(before, tenant, method, path);
	}

	private static long count(List<RequestCount> counts, Tenant tenant, String method, String path) {
		return counts.stream()
			.filter((entry) -> tenant.orgId().equals(entry.organizationId()) && entry.method().equals(method)
					&& entry.path().equals(path))
			.mapToLong(RequestCount::count)
			.sum();
	}

	private Map<String, String> statuses(Tenant tenant) {
		return this.jdbc.sql("SELECT conversation_id, status FROM calls WHERE tenant_id = :t")
			.param("t", tenant.id())
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static List<String> calls(SimulatorControl simulator, Tenant tenant, CallRequest request) {
		return simulator.createCalls(tenant.orgId(), request);
	}

	private static CallRequest call(Tenant tenant) {
		return CallRequest.answeredBy(tenant.agent(0)).withTiming(Duration.ofSeconds(2), Duration.ZERO);
	}

	private static Map<String, String> expect(List<String> conversations, String status) {
		return conversations.stream().collect(Collectors.toMap((id) -> id, (id) -> status));
	}

	@SafeVarargs
	private static List<String> concat(List<String>... lists) {
		List<String> all = new ArrayList<>();
		for (List<String> list : lists) {
			all.addAll(list);
		}
		return all;
	}

	/**
	 * Every message sent to a delay queue: a queue bound to the delay exchange without
	 * conditions gets a copy of each.
	 */
	private static final class RetryTap implements AutoCloseable {

		private final RabbitTemplate rabbit;

		private final RabbitAdmin admin;

		private final Queue queue = new Queue("test.retry-tap." + java.util.UUID.randomUUID(), false, false, true);

		private final Set<String> conversations = new java.util.concurrent.ConcurrentSkipListSet<>();

		RetryTap(RabbitTemplate rabbit) {
			this.rabbit = rabbit;
			this.admin = new RabbitAdmin(rabbit.getConnectionFactory());
			this.admin.declareQueue(this.queue);
			this.admin.declareBinding(new Binding(this.queue.getName(), Binding.DestinationType.QUEUE,
					MessagingTopology.DELAY_EXCHANGE, "", Map.of("x-match", "all")));
		}

		Set<String> conversations() {
			for (Message message = this.rabbit.receive(this.queue.getName()); message != null; message = this.rabbit
				.receive(this.queue.getName())) {
				this.conversations
					.add(JSON.readValue(new String(message.getBody(), StandardCharsets.UTF_8), ConversationEnded.class)
						.conversationId());
			}
			return this.conversations;
		}

		@Override
		public void close() {
			this.admin.deleteQueue(this.queue.getName());
		}

	}

}
