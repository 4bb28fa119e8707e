package io.callimport.model.settings;

import java.nio.charset.StandardCharsets;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.callimport.model.settings.GenesysSettingsRepository.NewSettings;
import io.callimport.model.settings.GenesysSettingsRepository.SavedSettings;
import io.callimport.testsupport.PostgresServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store on PostgreSQL, in a JPA slice that knows no entity but the ones
 * {@link GenesysSettingsConfiguration} registers.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
class GenesysSettingsRepositoryIntegrationTests {

	@Autowired
	GenesysSettingsRepository repository;

	@Autowired
	EntityManager entityManager;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PostgresServer.shared().createDatabase().registerWith(registry);
		registry.add("settings.encryption-key", () -> SecretCipherTests.KEY);
		registry.add("spring.jpa.hibernate.ddl-auto", () -> "validate");
	}

	@Test
	void firstSaveCreatesTheTenantAndLaterSavesReplaceAndBumpTheRevision() {
		SavedSettings first = this.repository.save(settings("acme", "secret-one", "group-1"));
		SavedSettings second = this.repository.save(settings("acme", "secret-two", "group-2"));

		assertThat(first.created()).isTrue();
		assertThat(second.created()).isFalse();
		assertThat(second.settings().revision()).isEqualTo(first.settings().revision() + 1);
		this.entityManager.clear();
		GenesysSettings found = this.repository.find("acme").orElseThrow();
		assertThat(found.clientSecret().reveal()).isEqualTo("secret-two");
		assertThat(found.groupId()).isEqualTo("group-2");
		assertThat(found.groupName()).isNull();
		assertThat(this.repository.findRevision("acme")).contains(second.settings().revision());
		assertThat(this.repository.tenantIds()).containsExactly("acme");
	}

	@Test
	void theSecretIsStoredEncrypted() {
		this.repository.save(settings("globex", "plain-text-secret", "group-1"));

		byte[] stored = (byte[]) this.entityManager
			.createNativeQuery("SELECT client_secret_encrypted FROM genesys_settings WHERE tenant_id = 'globex'")
			.getSingleResult();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("plain-text");
	}

	@Test
	void deleteRemovesTheSettingsOnly() {
		this.repository.save(settings("initech", "secret", "group-1"));

		assertThat(this.repository.delete("initech")).isTrue();
		assertThat(this.repository.delete("initech")).isFalse();
		assertThat(this.repository.find("initech")).isEmpty();
		assertThat(this.entityManager.createNativeQuery("SELECT count(*) FROM tenants WHERE id = 'initech'")
			.getSingleResult()).isEqualTo(1L);
	}

	@Test
	void unknownTenantHasNoSettings() {
		assertThat(this.repository.find("nobody")).isEmpty();
		assertThat(this.repository.findRevision("nobody")).isEmpty();
	}

	private static NewSettings settings(String tenant, String secret, String groupId) {
		return new NewSettings(tenant, "org-1", "mypurecloud.com", "client-1", new ClientSecret(secret), groupId, null,
				null, null, null);
	}

	/** Only the store: the slice scans the package it registers, nothing else. */
	@Configuration(proxyBeanMethods = false)
	@Import(GenesysSettingsConfiguration.class)
	static class StoreOnly {

	}

}
