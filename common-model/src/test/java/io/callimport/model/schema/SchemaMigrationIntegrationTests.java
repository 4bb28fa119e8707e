package io.callimport.model.schema;

import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import io.callimport.testsupport.PostgresServer;
import io.callimport.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaMigrationIntegrationTests {

	static TestDatabase database;

	static MigrateResult migration;

	static JdbcClient jdbc;

	@BeforeAll
	static void migrate() {
		database = PostgresServer.shared().createDatabase();
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), database.jdbcUrl(),
				database.username(), database.password());
		migration = Flyway.configure().dataSource(dataSource).load().migrate();
		jdbc = JdbcClient.create(dataSource);
	}

	@Test
	void migratesAnEmptyDatabaseToTheCurrentSchema() {
		assertThat(migration.success).isTrue();
		assertThat(migration.migrationsExecuted).isGreaterThanOrEqualTo(2);
		List<String> tables = jdbc
			.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")
			.query(String.class)
			.list();
		assertThat(tables).contains("tenants", "genesys_settings", "agents", "calls", "recordings",
				"reconciliation_runs", "notification_gaps", "outbox_messages", "import_failures", "qrtz_job_details",
				"qrtz_triggers", "qrtz_cron_triggers", "qrtz_fired_triggers", "qrtz_scheduler_state", "qrtz_locks",
				"genesys_request_budget", "genesys_request_pause");
	}

	@Test
	void keepsOneCallPerTenantAndConversation() {
		tenant("acme");
		tenant("globex");
		insertCall("acme", "conv-1");
		insertCall("globex", "conv-1");

		assertThatThrownBy(() -> insertCall("acme", "conv-1")).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void rejectsAStatusOutsideTheContract() {
		tenant("initech");

		assertThatThrownBy(() -> jdbc
			.sql("""
					INSERT INTO calls (id, tenant_id, conversation_id, status, source) VALUES (:id, 'initech', 'c', 'DONE', 'MANUAL')
					""")
			.param("id", UUID.randomUUID())
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void recordingsFollowTheirCallAndObjectKeysAreUnique() {
		tenant("hooli");
		UUID callId = insertCall("hooli", "conv-9");
		insertRecording(callId, "rec-1", "hooli/2026/11/24/conv-9/rec-1.wav");

		assertThatThrownBy(() -> insertRecording(callId, "rec-2", "hooli/2026/11/24/conv-9/rec-1.wav"))
			.isInstanceOf(DataIntegrityViolationException.class);
		jdbc.sql("DELETE FROM calls WHERE id = :id").param("id", callId).update();
		assertThat(jdbc.sql("SELECT count(*) FROM recordings WHERE call_id = :id")
			.param("id", callId)
			.query(Long.class)
			.single()).isZero();
	}

	private static void tenant(String id) {
		jdbc.sql("INSERT INTO tenants (id) VALUES (:id) ON CONFLICT DO NOTHING").param("id", id).update();
	}

	private static UUID insertCall(String tenantId, String conversationId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO calls (id, tenant_id, conversation_id, status, source)
				VALUES (:id, :tenant, :conversation, 'PENDING', 'WEBSOCKET')
				""").param("id", id).param("tenant", tenantId).param("conversation", conversationId).update();
		return id;
	}

	private static void insertRecording(UUID callId, String recordingId, String objectKey) {
		jdbc.sql("""
				INSERT INTO recordings (call_id, recording_id, tenant_id, object_key, file_state)
				VALUES (:callId, :recordingId, 'hooli', :objectKey, 'AVAILABLE')
				""").param("callId", callId).param("recordingId", recordingId).param("objectKey", objectKey).update();
	}

}
