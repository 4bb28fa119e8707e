package io.callimport.model.settings;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import io.callimport.model.settings.GenesysSettingsRepository.NewSettings;
import io.callimport.model.settings.GenesysSettingsRepository.SavedSettings;
import io.callimport.testsupport.PostgresServer;
import io.callimport.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class GenesysSettingsRepositoryIntegrationTests {

	static JdbcClient jdbc;

	static GenesysSettingsRepository repository;

	@BeforeAll
	static void migrate() {
		TestDatabase database = PostgresServer.shared().createDatabase();
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), database.jdbcUrl(),
				database.username(), database.password());
		Flyway.configure().dataSource(dataSource).load().migrate();
		jdbc = JdbcClient.create(dataSource);
		repository = new GenesysSettingsRepository(jdbc, SecretCipher.fromBase64Key(SecretCipherTests.KEY));
	}

	@Test
	void firstSaveCreatesTheTenantAndLaterSavesReplaceAndBumpTheRevision() {
		SavedSettings first = repository.save(settings("acme", "secret-one", "group-1"));
		SavedSettings second = repository.save(settings("acme", "secret-two", "group-2"));

		assertThat(first.created()).isTrue();
		assertThat(second.created()).isFalse();
		assertThat(second.settings().revision()).isEqualTo(first.settings().revision() + 1);
		GenesysSettings found = repository.find("acme").orElseThrow();
		assertThat(found.clientSecret().reveal()).isEqualTo("secret-two");
		assertThat(found.groupId()).isEqualTo("group-2");
		assertThat(repository.findRevision("acme")).contains(second.settings().revision());
	}

	@Test
	void theSecretIsStoredEncrypted() {
		repository.save(settings("globex", "plain-text-secret", "group-1"));

		byte[] stored = jdbc.sql("SELECT client_secret_encrypted FROM genesys_settings WHERE tenant_id = 'globex'")
			.query(byte[].class)
			.single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("plain-text");
	}

	@Test
	void unknownTenantHasNoSettings() {
		assertThat(repository.find("nobody")).isEmpty();
		assertThat(repository.findRevision("nobody")).isEmpty();
	}

	private static NewSettings settings(String tenant, String secret, String groupId) {
		return new NewSettings(tenant, "org-1", "mypurecloud.com", "client-1", new ClientSecret(secret), groupId, null,
				null, null, null);
	}

}
