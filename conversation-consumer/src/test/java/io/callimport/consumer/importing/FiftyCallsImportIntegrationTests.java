package io.callimport.consumer.importing;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.callimport.consumer.Broker;
import io.callimport.consumer.ConsumerServices;
import io.callimport.consumer.ObjectStore;
import io.callimport.consumer.TestTenants;
import io.callimport.consumer.TestTenants.Tenant;
import io.callimport.model.message.CallReadyForAnalysis;
import io.callimport.model.message.CallReadyForAnalysis.StoredRecording;
import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.GroundTruthConversation;
import io.callimport.simulator.control.GroundTruthParticipant;
import io.callimport.simulator.control.GroundTruthRecording;
import io.callimport.simulator.control.SimulatorControl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
@DirtiesContext
class FiftyCallsImportIntegrationTests {

	static final ConsumerServices services = ConsumerServices.create();

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		services.registerWith(registry);
	}

	@Autowired
	GenesysSettingsRepository settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RabbitTemplate rabbit;

	SimulatorControl simulator;

	TestTenants tenants;

	Broker broker;

	ObjectStore objects;

	@BeforeEach
	void setUp() {
		this.simulator = services.simulator().control();
		this.tenants = new TestTenants(this.settings, this.jdbc, this.simulator);
		this.broker = new Broker(this.rabbit);
		this.objects = ObjectStore.shared(services.bucket());
	}

	@Test
	void fiftyEndedConversationsAreImportedOnceEachWithTheirRecordingsAndStatus() throws Exception {
		Tenant acme = this.tenants.create("acme", 5);
		List<String> mono = calls(acme, call(acme, 0).withCount(42).withRecording(1, "AVAILABLE", 1, 48_000L));
		List<String> dual = calls(acme, call(acme, 1).withCount(4).withRecording(1, "AVAILABLE", 2, 96_000L));
		List<String> transferred = calls(acme, call(acme, 2).withTransferTo(acme.agent(3), 2));
		List<String> unrecorded = calls(acme, call(acme, 3).withRecording(0, "AVAILABLE", 1, null));
		List<String> archived = calls(acme, call(acme, 4).withRecording(1, "ARCHIVED", 1, null));
		List<String> deleted = calls(acme, call(acme, 0).withRecording(1, "DELETED", 1, null));
		List<String> all = concat(mono, dual, transferred, unrecorded, archived, deleted);
		assertThat(all).hasSize(50).doesNotHaveDuplicates();

		all.forEach((conversationId) -> this.broker.publishEnded("acme", conversationId, null));

		await().atMost(Duration.ofSeconds(90)).until(() -> settled("acme") == 50);
		Map<String, String> statuses = statuses("acme");
		assertThat(statuses).hasSize(50);
		assertThat(statuses).containsAllEntriesOf(expect(concat(mono, dual, transferred), "QUEUED_FOR_ANALYSIS"))
			.containsAllEntriesOf(expect(unrecorded, "NO_RECORDING"))
			.containsAllEntriesOf(expect(archived, "RECORDING_ARCHIVED"))
			.containsAllEntriesOf(expect(deleted, "RECORDING_DELETED"));

		Map<String, GroundTruthConversation> truth = this.simulator.groundTruth(acme.orgId(), null, null, false)
			.conversations()
			.stream()
			.collect(Collectors.toMap(GroundTruthConversation::conversationId, Function.identity()));
		assertThat(truth.keySet()).containsAll(all);
		List<String> expectedKeys = new ArrayList<>();
		for (String conversationId : concat(mono, dual, transferred)) {
			expectedKeys.addAll(assertRecordingsStored(truth.get(conversationId)));
		}
		assertThat(expectedKeys).hasSize(42 + 4 + 2);
		assertThat(this.objects.list("acme/").keySet()).containsExactlyInAnyOrderElementsOf(expectedKeys);
		assertMetadata(truth.get(transferred.get(0)), acme);
		assertNoObjectFor(archived.get(0), "ARCHIVED");
		assertNoObjectFor(deleted.get(0), "DELETED");

		List<CallReadyForAnalysis> analysis = analysisOf("acme");
		assertThat(analysis).hasSize(50);
		assertThat(analysis).extracting(CallReadyForAnalysis::conversationId).containsExactlyInAnyOrderElementsOf(all);
		assertThat(analysis).extracting(CallReadyForAnalysis::messageId).doesNotHaveDuplicates();
		CallReadyForAnalysis twoRecordings = analysis.stream()
			.filter((message) -> message.conversationId().equals(transferred.get(0)))
			.findFirst()
			.orElseThrow();
		assertThat(twoRecordings.recordings()).hasSize(2).allSatisfy((recording) -> {
			assertThat(recording.bucket()).isEqualTo(services.bucket());
			assertThat(recording.format()).isEqualTo("WAV");
		});
		assertThat(analysis.stream().filter((message) -> unrecorded.contains(message.conversationId()))).singleElement()
			.satisfies((message) -> assertThat(message.recordings()).isEmpty());
	}

	@Test
	void redeliveredAndRepeatedMessagesChangeNothing() throws Exception {
		Tenant initech = this.tenants.create("initech", 2);
		List<String> conversations = calls(initech,
				call(initech, 0).withCount(3).withRecording(1, "AVAILABLE", 2, 64_000L));
		List<ConversationEnded> first = conversations.stream()
			.map((id) -> this.broker.publishEnded("initech", id, initech.agent(0)))
			.toList();
		await().atMost(Duration.ofSeconds(60)).until(() -> settled("initech") == 3);
		List<CallReadyForAnalysis> before = analysisOf("initech");
		Map<String, String> shaBefore = sha256s("initech/");

		first.forEach(this.broker::publish);
		conversations.forEach((id) -> this.broker.publish(ConversationEnded.of("initech", id, initech.agent(0), null,
				java.time.Instant.now(), CallSource.RECONCILIATION)));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.rabbit
				.execute((channel) -> channel
					.messageCount(io.callimport.model.messaging.MessagingTopology.CONVERSATION_ENDED_QUEUE)) == 0
					&& duplicatesCounted("initech") >= 6);
		assertThat(statuses("initech")).hasSize(3).containsValues("QUEUED_FOR_ANALYSIS");
		assertThat(before).hasSize(3);
		assertThat(analysisOf("initech")).isEmpty();
		assertThat(sha256s("initech/")).isEqualTo(shaBefore).hasSize(3);
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM recordings WHERE tenant_id = 'initech'").query(Long.class).single())
			.isEqualTo(3);
	}

	private List<String> assertRecordingsStored(GroundTruthConversation truth) throws Exception {
		List<String> keys = new ArrayList<>();
		for (GroundTruthRecording recording : truth.recordings()) {
			String key = "acme/" + DAY.format(truth.startedAt()) + "/" + truth.conversationId() + "/"
					+ recording.recordingId() + ".wav";
			Map<String, Object> row = this.jdbc.sql(
					"SELECT object_key, bytes, sha256, channels, format, file_state FROM recordings WHERE recording_id = :id")
				.param("id", recording.recordingId())
				.query()
				.singleRow();
			assertThat(row).containsEntry("object_key", key)
				.containsEntry("bytes", recording.bytes())
				.containsEntry("sha256", recording.sha256())
				.containsEntry("channels", recording.channels())
				.containsEntry("format", "WAV")
				.containsEntry("file_state", "AVAILABLE");
			assertThat(this.objects.sha256(key)).isEqualTo(recording.sha256());
			keys.add(key);
		}
		return keys;
	}

	private void assertMetadata(GroundTruthConversation truth, Tenant tenant) {
		Map<String, Object> row = this.jdbc.sql("""
				SELECT agent_user_id, array_to_string(agent_user_ids, ',') AS agents, ani, dnis, direction, started_at,
				       ended_at, duration_ms, array_to_string(queue_ids, ',') AS queues,
				       array_to_string(wrap_up_codes, ',') AS wrap_ups, array_to_string(division_ids, ',') AS divisions,
				       disconnect_type, details ->> 'conversationId' AS details_id
				FROM calls WHERE tenant_id = :tenant AND conversation_id = :conversation
				""").param("tenant", tenant.id()).param("conversation", truth.conversationId()).query().singleRow();
		List<String> agents = truth.participants().stream().map(GroundTruthParticipant::userId).toList();
		assertThat(row).containsEntry("agent_user_id", agents.get(0))
			.containsEntry("agents", String.join(",", agents))
			.containsEntry("ani", truth.ani())
			.containsEntry("dnis", truth.dnis())
			.containsEntry("direction", "inbound")
			.containsEntry("queues", truth.queueId())
			.containsEntry("divisions", truth.divisionId())
			.containsEntry("details_id", truth.conversationId());
		assertThat(((java.sql.Timestamp) row.get("started_at")).toInstant())
			.isEqualTo(truth.startedAt().truncatedTo(ChronoUnit.MILLIS));
		assertThat(((java.sql.Timestamp) row.get("ended_at")).toInstant())
			.isEqualTo(truth.endedAt().truncatedTo(ChronoUnit.MILLIS));
		assertThat((String) row.get("wrap_ups")).contains(truth.participants()
			.stream()
			.map(GroundTruthParticipant::wrapUpCode)
			.filter(java.util.Objects::nonNull)
			.toList()
			.toArray(String[]::new));
		assertThat(row.get("disconnect_type")).isNotNull();
	}

	private void assertNoObjectFor(String conversationId, String fileState) {
		Map<String, Object> row = this.jdbc
			.sql("SELECT r.object_key, r.file_state, c.status_reason FROM recordings r JOIN calls c ON c.id = r.call_id"
					+ " WHERE c.conversation_id = :id")
			.param("id", conversationId)
			.query()
			.singleRow();
		assertThat(row.get("object_key")).isNull();
		assertThat(row.get("file_state")).isEqualTo(fileState);
		assertThat((String) row.get("status_reason")).isNotBlank();
	}

	private List<CallReadyForAnalysis> analysisOf(String tenantId) {
		return this.broker.drainAnalysis().stream().filter((message) -> message.tenantId().equals(tenantId)).toList();
	}

	private Map<String, String> sha256s(String prefix) throws Exception {
		Map<String, String> shas = new java.util.TreeMap<>();
		for (String key : this.objects.list(prefix).keySet()) {
			shas.put(key, this.objects.sha256(key));
		}
		return shas;
	}

	private long settled(String tenantId) {
		return this.jdbc.sql("SELECT count(*) FROM calls WHERE tenant_id = :t AND status <> 'PENDING'")
			.param("t", tenantId)
			.query(Long.class)
			.single();
	}

	private Map<String, String> statuses(String tenantId) {
		return this.jdbc.sql("SELECT conversation_id, status FROM calls WHERE tenant_id = :t")
			.param("t", tenantId)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	private double duplicatesCounted(String tenantId) {
		return this.meters.find("callimport.imports")
			.tag("tenant", tenantId)
			.tag("outcome", "duplicate")
			.counters()
			.stream()
			.mapToDouble(io.micrometer.core.instrument.Counter::count)
			.sum();
	}

	private List<String> calls(Tenant tenant, CallRequest request) {
		return this.simulator.createCalls(tenant.orgId(), request);
	}

	private static CallRequest call(Tenant tenant, int agent) {
		return CallRequest.answeredBy(tenant.agent(agent)).withTiming(Duration.ofSeconds(1), Duration.ofSeconds(1));
	}

	private static Map<String, String> expect(List<String> conversations, String status) {
		return conversations.stream().collect(Collectors.toMap(Function.identity(), (id) -> status));
	}

	@SafeVarargs
	private static List<String> concat(List<String>... lists) {
		return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
	}

}
