package io.callimport.model.settings;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes {@code genesys_settings}; encryption and decryption of the client
 * secret happen here and nowhere else (the entity keeps the ciphertext: the tenant id is
 * the cipher's associated data, which an attribute converter would not see).
 */
public class GenesysSettingsRepository {

	private final GenesysSettingsRows rows;

	private final SecretCipher cipher;

	private final JdbcClient jdbc;

	GenesysSettingsRepository(GenesysSettingsRows rows, SecretCipher cipher, JdbcClient jdbc) {
		this.rows = rows;
		this.cipher = cipher;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<GenesysSettings> find(String tenantId) {
		return this.rows.findById(tenantId).map((stored) -> stored.decrypt(this.cipher));
	}

	/**
	 * The current revision, cheap enough to poll for changes: the consumer asks it for
	 * every batch, so it is plain SQL (through Hibernate, a query costs several times the
	 * CPU; docs/architecture.md, Persistence).
	 */
	public Optional<Long> findRevision(String tenantId) {
		return this.jdbc.sql("SELECT revision FROM genesys_settings WHERE tenant_id = :tenantId")
			.param("tenantId", tenantId)
			.query(Long.class)
			.optional();
	}

	/** Every tenant that has settings, in id order. */
	public List<String> tenantIds() {
		return this.rows.findTenantIds();
	}

	/**
	 * Creates the tenant if needed and inserts or replaces its settings, bumping the
	 * revision.
	 * @return the stored settings and whether they were created (first PUT) rather than
	 * replaced
	 */
	@Transactional
	public SavedSettings save(NewSettings settings) {
		String tenantId = settings.tenantId();
		this.rows.createTenant(tenantId);
		boolean created = this.rows.upsert(tenantId, settings.organizationId(), settings.region(), settings.clientId(),
				this.cipher.encrypt(tenantId, settings.clientSecret()), settings.groupId(), settings.groupName(),
				settings.departmentId(), settings.roleId(), settings.integrationUserId());
		GenesysSettings stored = find(tenantId).orElseThrow();
		return new SavedSettings(stored, created);
	}

	/**
	 * Removes the tenant's settings (an uninstall); its producer notices at its next
	 * revision check and stops watching Genesys. Agents, calls and runs stay.
	 * @return whether there were settings
	 */
	@Transactional
	public boolean delete(String tenantId) {
		return this.rows.deleteByTenantId(tenantId) > 0;
	}

	/** Settings as an operator or the wizard submits them. */
	public record NewSettings(String tenantId, String organizationId, String region, String clientId,
			ClientSecret clientSecret, @Nullable String groupId, @Nullable String groupName,
			@Nullable String departmentId, @Nullable String roleId, @Nullable String integrationUserId) {
	}

	/** The outcome of {@link #save(NewSettings)}. */
	public record SavedSettings(GenesysSettings settings, boolean created) {
	}

}
