package io.callimport.consumer.failure;

import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.simulator.control.RequestCount;
import io.callimport.simulator.control.SimulatorControl;

import static io.callimport.consumer.failure.FailureTestSupport.endedCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A database write that fails for another reason than an outage: a permanent data error
 * is dead-lettered at once with its real reason, a transient one is retried without
 * downloading the recording again, and text PostgreSQL cannot store is cleaned first. The
 * failures are raised by a trigger on {@code calls} with the SQLState a real failure has;
 * the attempt schedule is compressed to 3 attempts a second apart. Real PostgreSQL,
 * RabbitMQ, S3 server and simulator.
 */
@SpringBootTest
@DirtiesContext
class DatabaseWriteFaultsIntegrationTests {

	static final ConsumerServices services = ConsumerServices.create()
		.with("consumer.retry.max-attempts", "3")
		.with("consumer.retry.initial-delay", "1s")
		.with("consumer.retry.multiplier", "1.0");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		services.registerWith(registry);
	}

	@Autowired
	GenesysSettingsRepository settings;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RabbitTemplate rabbit;

	Broker broker;

	SimulatorControl simulator;

	TestTenants tenants;

	FailureTestSupport reads;

	@BeforeEach
	void setUp() {
		this.broker = new Broker(this.rabbit);
		this.simulator = services.simulator().control();
		this.tenants = new TestTenants(this.settings, this.jdbc, this.simulator);
		this.reads = new FailureTestSupport(this.jdbc, this.meters);
	}

	@Test
	void nulInTheCallersDataIsTakenOutAndTheCallImported() {
		Tenant tenant = this.tenants.create("nul", 1);
		String conversation = this.simulator.createCalls(tenant.orgId(), endedCall(tenant).withNulInText()).get(0);

		this.broker.publishEnded(tenant.id(), conversation, tenant.agent(0));

		await().atMost(Duration.ofSeconds(30)).until(() -> this.reads.queued(tenant) == 1);
		Map<String, Object> row = this.jdbc.sql("SELECT ani, details::text AS details FROM calls WHERE tenant_id = :t")
			.param("t", tenant.id())
			.query()
			.singleRow();
		assertThat((String) row.get("ani")).startsWith("tel:+1555").doesNotContain("\0");
		assertThat((String) row.get("details")).contains("tel:+1555");
		assertThat(this.reads.retried(tenant)).isZero();
	}

	@Test
	void dataErrorIsDeadLetteredAtOnceWithItsRealReason() {
		Tenant tenant = this.tenants.create("rejects", 1);
		String conversation = this.simulator.createCalls(tenant.orgId(), endedCall(tenant)).get(0);
		injectWriteFault(conversation, "22001", 1000);

		this.broker.publishEnded(tenant.id(), conversation, tenant.agent(0));

		await().atMost(Duration.ofSeconds(30)).until(() -> this.reads.openFailures(tenant) == 1);
		Map<String, Object> failure = this.jdbc
			.sql("SELECT reason_code, reason, attempts FROM import_failures WHERE tenant_id = :t")
			.param("t", tenant.id())
			.query()
			.singleRow();
		assertThat(failure).containsEntry("reason_code", "DATA_REJECTED").containsEntry("attempts", 1);
		assertThat((String) failure.get("reason")).contains("22001").doesNotContain("injected");
		assertThat(this.reads.retried(tenant)).isZero();
		assertThat(mediaDownloads(tenant)).isEqualTo(1);
	}

	@Test
	void recordingStoredBeforeAFailedDatabaseWriteIsNotDownloadedAgain() throws Exception {
		Tenant tenant = this.tenants.create("rewrite", 1);
		String conversation = this.simulator.createCalls(tenant.orgId(), endedCall(tenant)).get(0);
		// a serialization failure: transient, retried; twice, so the third attempt writes
		injectWriteFault(conversation, "40001", 2);

		this.broker.publishEnded(tenant.id(), conversation, tenant.agent(0));

		await().atMost(Duration.ofSeconds(30)).until(() -> this.reads.queued(tenant) == 1);
		assertThat(this.reads.retried(tenant)).isEqualTo(2);
		assertThat(mediaDownloads(tenant)).as("downloads of the call's one recording").isEqualTo(1);
		assertThat(reused(tenant)).isEqualTo(2);
		Map<String, Object> row = this.jdbc
			.sql("SELECT r.object_key, r.bytes, r.sha256 FROM recordings r JOIN calls c ON c.id = r.call_id"
					+ " WHERE c.tenant_id = :t")
			.param("t", tenant.id())
			.query()
			.singleRow();
		ObjectStore objects = ObjectStore.shared(services.bucket());
		String key = (String) row.get("object_key");
		assertThat(objects.list(tenant.id() + "/")).containsEntry(key, ((Number) row.get("bytes")).longValue());
		assertThat(objects.sha256(key)).isEqualTo(row.get("sha256"));
	}

	/**
	 * Makes the call's import write fail with the SQLState the next {@code times} times,
	 * as PostgreSQL itself would raise it.
	 */
	private void injectWriteFault(String conversationId, String sqlState, int times) {
		this.jdbc.sql("""
				CREATE TABLE IF NOT EXISTS it_write_faults (conversation_id TEXT PRIMARY KEY, sql_state TEXT NOT NULL,
				    times INTEGER NOT NULL, sequence_name TEXT NOT NULL)
				""").update();
		String sequence = "it_fault_" + Math.abs(conversationId.hashCode());
		this.jdbc.sql("CREATE SEQUENCE IF NOT EXISTS " + sequence).update();
		this.jdbc
			.sql("""
					CREATE OR REPLACE FUNCTION it_write_fault() RETURNS trigger AS $$
					DECLARE fault it_write_faults%ROWTYPE;
					BEGIN
					    SELECT * INTO fault FROM it_write_faults WHERE conversation_id = NEW.conversation_id;
					    -- a sequence counts outside the transaction the fault rolls back
					    IF FOUND AND NEW.imported_at IS NOT NULL AND nextval(fault.sequence_name::regclass) <= fault.times THEN
					        RAISE EXCEPTION 'injected fault' USING ERRCODE = fault.sql_state;
					    END IF;
					    RETURN NEW;
					END $$ LANGUAGE plpgsql
					""")
			.update();
		this.jdbc.sql("DROP TRIGGER IF EXISTS it_write_fault ON calls").update();
		this.jdbc
			.sql("CREATE TRIGGER it_write_fault BEFORE UPDATE ON calls FOR EACH ROW EXECUTE FUNCTION it_write_fault()")
			.update();
		this.jdbc.sql("INSERT INTO it_write_faults VALUES (:c, :s, :t, :q)")
			.param("c", conversationId)
			.param("s", sqlState)
			.param("t", times)
			.param("q", sequence)
			.update();
	}

	private double reused(Tenant tenant) {
		var counter = this.meters.find("callimport.recordings.reused").tag("tenant", tenant.id()).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private long mediaDownloads(Tenant tenant) {
		return this.simulator.requests()
			.entries()
			.stream()
			.filter((entry) -> entry.path().startsWith("/media") && entry.status() == 200)
			.filter((entry) -> tenant.orgId().equals(entry.organizationId()))
			.mapToLong(RequestCount::count)
			.sum();
	}

}
