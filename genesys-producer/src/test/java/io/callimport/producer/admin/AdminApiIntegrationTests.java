package io.callimport.producer.admin;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.callimport.producer.AdminApiClient;
import io.callimport.producer.AdminApiClient.Response;
import io.callimport.testsupport.PostgresServer;
import io.callimport.testsupport.RabbitServer;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tenant.id=acme", "admin.api-token=" + AdminApiIntegrationTests.TOKEN,
				"settings.encryption-key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" })
class AdminApiIntegrationTests {

	static final String TOKEN = "test-admin-token-0123456789-abcdefghij";

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		PostgresServer.shared().createDatabase().registerWith(registry);
		RabbitServer.shared().createVirtualHost().registerWith(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	AdminApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new AdminApiClient(this.port, TOKEN);
		this.jdbc.sql("DELETE FROM calls").update();
		this.jdbc.sql("DELETE FROM import_failures").update();
		this.jdbc.sql("DELETE FROM agents").update();
		this.jdbc.sql("INSERT INTO tenants (id) VALUES ('acme'), ('globex') ON CONFLICT DO NOTHING").update();
	}

	@Test
	void requestWithoutTokenIsRejectedWithAProblemAndABearerChallenge() {
		Response response = this.api.getWithToken("/api/v1/tenants/acme/calls", null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.wwwAuthenticate()).startsWith("Bearer");
		assertThat(response.json().path("title").asString()).isEqualTo("Authentication required");
	}

	@Test
	void requestWithWrongTokenIsRejected() {
		Response response = this.api.getWithToken("/api/v1/tenants/acme/calls", "not-the-token-at-all");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body()).doesNotContain(TOKEN);
	}

	@Test
	void anotherTenantsPathIsNotServed() {
		call("globex", "conv-of-globex", "QUEUED_FOR_ANALYSIS", Instant.parse("2026-11-20T10:00:00Z"));

		Response response = this.api.get("/api/v1/tenants/globex/calls");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("conv-of-globex");
	}

	@Test
	void listsCallsNewestFirstAsAStablePageWithTheirRecordings() {
		UUID older = call("acme", "conv-1", "QUEUED_FOR_ANALYSIS", Instant.parse("2026-11-20T10:00:00Z"));
		call("acme", "conv-2", "NO_RECORDING", Instant.parse("2026-11-21T10:00:00Z"));
		call("globex", "conv-3", "QUEUED_FOR_ANALYSIS", Instant.parse("2026-11-21T11:00:00Z"));
		recording(older, "rec-1", "acme/2026/11/20/conv-1/rec-1.wav");

		JsonNode page = this.api.get("/api/v1/tenants/acme/calls?size=1").json();

		assertThat(page.path("page").path("size").asInt()).isEqualTo(1);
		assertThat(page.path("page").path("number").asInt()).isZero();
		assertThat(page.path("page").path("totalElements").asLong()).isEqualTo(2);
		assertThat(page.path("page").path("totalPages").asInt()).isEqualTo(2);
		assertThat(page.path("content").get(0).path("conversationId").asString()).isEqualTo("conv-2");
		JsonNode second = this.api.get("/api/v1/tenants/acme/calls?size=1&page=1").json().path("content").get(0);
		assertThat(second.path("conversationId").asString()).isEqualTo("conv-1");
		assertThat(second.path("status").asString()).isEqualTo("QUEUED_FOR_ANALYSIS");
		assertThat(second.path("endedAt").asString()).isEqualTo("2026-11-20T10:00:00Z");
		JsonNode recording = second.path("recordings").get(0);
		assertThat(recording.path("recordingId").asString()).isEqualTo("rec-1");
		assertThat(recording.path("objectKey").asString()).isEqualTo("acme/2026/11/20/conv-1/rec-1.wav");
		assertThat(recording.path("bytes").asLong()).isEqualTo(1024);
		assertThat(recording.path("sha256").asString()).hasSize(64);
		assertThat(recording.path("channels").asInt()).isEqualTo(2);
	}

	@Test
	void filtersCallsByWindowAndStatus() {
		call("acme", "conv-a", "QUEUED_FOR_ANALYSIS", Instant.parse("2026-11-20T10:00:00Z"));
		call("acme", "conv-b", "NO_RECORDING", Instant.parse("2026-11-21T10:00:00Z"));
		call("acme", "conv-c", "QUEUED_FOR_ANALYSIS", Instant.parse("2026-11-22T10:00:00Z"));

		JsonNode window = this.api.get(
				"/api/v1/tenants/acme/calls?from=2026-11-21T00:00:00Z&to=2026-11-23T00:00:00Z&status=QUEUED_FOR_ANALYSIS")
			.json();

		assertThat(window.path("page").path("totalElements").asLong()).isEqualTo(1);
		assertThat(window.path("content").get(0).path("conversationId").asString()).isEqualTo("conv-c");
	}

	@Test
	void rejectsAPageLargerThanFiveHundredAndAnUnknownStatus() {
		Response tooLarge = this.api.get("/api/v1/tenants/acme/calls?size=501");
		Response unknownStatus = this.api.get("/api/v1/tenants/acme/calls?status=DONE");
		Response backwards = this.api
			.get("/api/v1/tenants/acme/calls?from=2026-11-23T00:00:00Z&to=2026-11-21T00:00:00Z");

		assertThat(tooLarge.status()).isEqualTo(400);
		assertThat(tooLarge.contentType()).startsWith("application/problem+json");
		assertThat(unknownStatus.status()).isEqualTo(400);
		assertThat(backwards.status()).isEqualTo(400);
	}

	@Test
	void readsOneCallOr404() {
		call("acme", "conv-1", "FAILED", Instant.parse("2026-11-20T10:00:00Z"));

		assertThat(this.api.get("/api/v1/tenants/acme/calls/conv-1").json().path("status").asString())
			.isEqualTo("FAILED");
		Response missing = this.api.get("/api/v1/tenants/acme/calls/nope");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aReconciliationOfATenantWithoutGenesysSettingsIsAConflict() {
		Response response = this.api.post("/api/v1/tenants/acme/reconciliations",
				"{\"from\":\"2026-11-20T00:00:00Z\",\"to\":\"2026-11-21T00:00:00Z\"}");

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("detail").asString()).contains("genesys-settings");
		assertThat(this.jdbc.sql("SELECT count(*) FROM reconciliation_runs").query(Long.class).single()).isZero();
	}

	@Test
	void listsAgentsActiveFirst() {
		agent("u-2", "Zoe", false);
		agent("u-1", "Adam", true);

		JsonNode agents = this.api.get("/api/v1/tenants/acme/agents").json();
		JsonNode active = this.api.get("/api/v1/tenants/acme/agents?active=true").json();

		assertThat(agents).hasSize(2);
		assertThat(agents.get(0).path("userId").asString()).isEqualTo("u-1");
		assertThat(agents.get(1).path("active").asBoolean()).isFalse();
		assertThat(active).hasSize(1);
	}

	@Test
	void listsOpenFailures() {
		this.jdbc
			.sql("""
					INSERT INTO import_failures (id, tenant_id, conversation_id, message_id, reason_code, reason, payload, attempts)
					VALUES (:id, 'acme', 'conv-x', :messageId, 'GENESYS_FORBIDDEN', 'Genesys answered 403', '{}', 3)
					""")
			.param("id", UUID.randomUUID())
			.param("messageId", UUID.randomUUID())
			.update();

		JsonNode failures = this.api.get("/api/v1/tenants/acme/failures?status=OPEN").json();

		assertThat(failures.path("page").path("totalElements").asLong()).isEqualTo(1);
		JsonNode failure = failures.path("content").get(0);
		assertThat(failure.path("reasonCode").asString()).isEqualTo("GENESYS_FORBIDDEN");
		assertThat(failure.path("conversationId").asString()).isEqualTo("conv-x");
		assertThat(failure.path("attempts").asInt()).isEqualTo(3);
	}

	private UUID call(String tenant, String conversationId, String status, Instant endedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO calls (id, tenant_id, conversation_id, status, source, agent_user_id, agent_user_ids,
				    started_at, ended_at, imported_at)
				VALUES (:id, :tenant, :conversation, :status, 'WEBSOCKET', 'u-1', '{u-1}', :started, :ended, :ended)
				""")
			.param("id", id)
			.param("tenant", tenant)
			.param("conversation", conversationId)
			.param("status", status)
			.param("started", java.sql.Timestamp.from(endedAt.minusSeconds(60)))
			.param("ended", java.sql.Timestamp.from(endedAt))
			.update();
		return id;
	}

	private void recording(UUID callId, String recordingId, String objectKey) {
		this.jdbc
			.sql("""
					INSERT INTO recordings (call_id, recording_id, tenant_id, object_key, bytes, sha256, format, channels, file_state)
					VALUES (:callId, :recordingId, 'acme', :objectKey, 1024, repeat('a', 64), 'WAV', 2, 'AVAILABLE')
					""")
			.param("callId", callId)
			.param("recordingId", recordingId)
			.param("objectKey", objectKey)
			.update();
	}

	private void agent(String userId, String name, boolean active) {
		this.jdbc.sql("""
				INSERT INTO agents (tenant_id, user_id, name, active, first_synced_at, last_synced_at)
				VALUES ('acme', :userId, :name, :active, now(), now())
				""").param("userId", userId).param("name", name).param("active", active).update();
	}

}
