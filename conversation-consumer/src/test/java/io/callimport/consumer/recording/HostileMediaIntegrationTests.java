package io.callimport.consumer.recording;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.callimport.consumer.Broker;
import io.callimport.consumer.ConsumerServices;
import io.callimport.consumer.TestTenants;
import io.callimport.consumer.TestTenants.Tenant;
import io.callimport.model.message.CallSource;
import io.callimport.model.message.ConversationEnded;
import io.callimport.model.settings.GenesysSettingsRepository;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.FaultSettings;
import io.callimport.simulator.control.HostileMedia;
import io.callimport.simulator.control.SimulatorControl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Genesys (or a storage host behind it) serving hostile media: URIs the consumer must
 * not open, a redirect elsewhere, a trickle, too many bytes. Each ends at once as a
 * listed, replayable failure with its own reason, nothing stored, the listener thread
 * free well before the trickle would have ended.
 */
@SpringBootTest
@DirtiesContext
class HostileMediaIntegrationTests {

	static final ConsumerServices services = ConsumerServices.create()
		.with("consumer.retry.max-attempts", "4")
		.with("genesys.retry.max-attempts", "2")
		.with("genesys.media.max-size", "8MB")
		.with("genesys.media.deadline-base", "3s")
		.with("genesys.media.min-throughput", "1MB");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		services.registerWith(registry);
	}

	@Autowired
	GenesysSettingsRepository settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.amqp.rabbit.core.RabbitTemplate rabbit;

	SimulatorControl simulator;

	TestTenants tenants;

	Broker broker;

	@BeforeEach
	void setUp() {
		this.simulator = services.simulator().control();
		this.tenants = new TestTenants(this.settings, this.jdbc, this.simulator);
		this.broker = new Broker(this.rabbit);
	}

	@Test
	void plainHttpMediaUriIsRefused() {
		Map<String, Object> failure = importWith("acme-http", HostileMedia.PLAIN_HTTP, 0, "MEDIA_URI_REFUSED");

		assertThat((String) failure.get("reason")).contains("http://media.callimport.invalid/media/recordings/")
			.contains("only https is allowed")
			.doesNotContain("signature=");
	}

	@Test
	void linkLocalMediaUriIsRefused() {
		Map<String, Object> failure = importWith("acme-meta", HostileMedia.LINK_LOCAL, 0, "MEDIA_URI_REFUSED");

		assertThat((String) failure.get("reason")).contains("https://169.254.169.254/latest/meta-data")
			.contains("is not one of the allowed hosts");
	}

	@Test
	void privateAddressMediaUriIsRefused() {
		Map<String, Object> failure = importWith("acme-private", HostileMedia.PRIVATE_ADDRESS, 0, "MEDIA_URI_REFUSED");

		assertThat((String) failure.get("reason")).contains("https://10.0.0.1/");
	}

	@Test
	void redirectOutsideTheAllowedHostsIsRefusedAndAReplayImportsTheCallOnceMediaIsFine() {
		Map<String, Object> failure = importWith("acme-redirect", HostileMedia.REDIRECT_OUTSIDE, 0,
				"MEDIA_URI_REFUSED");
		assertThat((String) failure.get("reason")).contains("recording media redirect").contains("is refused");

		// the operator replays it (as the producer's failures API does) once the media is
		// served properly again
		String tenant = (String) failure.get("tenant_id");
		String conversation = (String) failure.get("conversation_id");
		this.simulator.clearOrganizationFaults((String) failure.get("org"));
		this.jdbc.sql("UPDATE import_failures SET status = 'REPLAYED', replayed_at = now() WHERE tenant_id = :t")
			.param("t", tenant)
			.update();
		this.broker.publish(ConversationEnded.of(tenant, conversation, (String) failure.get("agent"), null,
				Instant.now(), CallSource.MANUAL));

		await().atMost(Duration.ofSeconds(40))
			.until(() -> "QUEUED_FOR_ANALYSIS".equals(callStatus(tenant, conversation)));
		assertThat(this.jdbc.sql("SELECT status FROM import_failures WHERE tenant_id = :t")
			.param("t", tenant)
			.query(String.class)
			.list()).containsExactly("RESOLVED");
	}

	@Test
	void tricklingMediaEndsAtItsDeadline() {
		// 10 s of 16-bit audio at 1 KB/s would take minutes; the deadline is 3 s
		Map<String, Object> failure = importWith("acme-trickle", HostileMedia.TRICKLE, 0, "MEDIA_DEADLINE_EXCEEDED");

		assertThat((String) failure.get("reason")).contains("did not finish within its deadline of 3 s");
	}

	@Test
	void mediaDeclaredOverTheCapIsRefused() {
		Map<String, Object> failure = importWith("acme-large", HostileMedia.OVERSIZED, 16L * 1024 * 1024,
				"MEDIA_TOO_LARGE");

		assertThat((String) failure.get("reason")).contains("16777216 bytes as its Content-Length says")
			.contains("over the cap of 8388608 bytes");
	}

	@Test
	void mediaLongerThanListedIsRefused() {
		Map<String, Object> failure = importWith("acme-longer", HostileMedia.LONGER_THAN_LISTED, 3L * 1024 * 1024,
				"MEDIA_TOO_LARGE");

		assertThat((String) failure.get("reason")).contains("bytes listed");
	}

	/**
	 * Imports one call of a new tenant whose organisation serves {@code hostile} media;
	 * the failure row it ends with, plus the tenant's org and agent.
	 */
	private Map<String, Object> importWith(String tenantId, HostileMedia hostile, long bytes, String reasonCode) {
		Tenant tenant = this.tenants.create(tenantId, 1);
		String conversation = this.simulator
			.createCalls(tenant.orgId(),
					CallRequest.answeredBy(tenant.agent(0))
						.withTiming(Duration.ofSeconds(10), Duration.ZERO)
						.startedAt(Instant.now().minus(Duration.ofMinutes(5))))
			.get(0);
		this.simulator.setOrganizationFaults(tenant.orgId(), FaultSettings.none().withHostileMedia(hostile, bytes));
		this.broker.publishEnded(tenantId, conversation, tenant.agent(0));

		await().atMost(Duration.ofSeconds(45)).until(() -> "FAILED".equals(callStatus(tenantId, conversation)));
		Map<String, Object> failure = this.jdbc
			.sql("SELECT tenant_id, reason_code, reason, status, attempts, payload FROM import_failures"
					+ " WHERE tenant_id = :t")
			.param("t", tenantId)
			.query()
			.singleRow();
		assertThat(failure).containsEntry("reason_code", reasonCode).containsEntry("status", "OPEN");
		assertThat((Integer) failure.get("attempts")).as("permanent: not retried").isEqualTo(1);
		assertThat((String) failure.get("payload")).contains(conversation);
		assertThat(this.jdbc.sql("SELECT count(*) FROM recordings WHERE tenant_id = :t AND object_key IS NOT NULL")
			.param("t", tenantId)
			.query(Long.class)
			.single()).as("nothing stored").isZero();
		Map<String, Object> result = new java.util.HashMap<>(failure);
		result.put("conversation_id", conversation);
		result.put("org", tenant.orgId());
		result.put("agent", tenant.agent(0));
		return result;
	}

	private String callStatus(String tenant, String conversation) {
		return this.jdbc.sql("SELECT status FROM calls WHERE tenant_id = :t AND conversation_id = :c")
			.param("t", tenant)
			.param("c", conversation)
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
