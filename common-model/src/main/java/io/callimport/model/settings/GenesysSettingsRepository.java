package io.callimport.model.settings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes {@code genesys_settings}; encryption and decryption of the client
 * secret happen here and nowhere else.
 */
public class GenesysSettingsRepository {

	private static final String SELECT = """
			SELECT tenant_id, organization_id, region, client_id, client_secret_encrypted, group_id, group_name,
			       department_id, role_id, integration_user_id, revision, updated_at
			FROM genesys_settings
			""";

	private final JdbcClient jdbc;

	private final SecretCipher cipher;

	public GenesysSettingsRepository(JdbcClient jdbc, SecretCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	public Optional<GenesysSettings> find(String tenantId) {
		return this.jdbc.sql(SELECT + " WHERE tenant_id = :tenantId")
			.param("tenantId", tenantId)
			.query(this::map)
			.optional();
	}

	/** The current revision, cheap enough to poll for changes. */
	public Optional<Long> findRevision(String tenantId) {
		return this.jdbc.sql("SELECT revision FROM genesys_settings WHERE tenant_id = :tenantId")
			.param("tenantId", tenantId)
			.query(Long.class)
			.optional();
	}

	/** Every tenant that has settings, in id order. */
	public java.util.List<String> tenantIds() {
		return this.jdbc.sql("SELECT tenant_id FROM genesys_settings ORDER BY tenant_id").query(String.class).list();
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
		this.jdbc.sql("INSERT INTO tenants (id) VALUES (:id) ON CONFLICT (id) DO NOTHING")
			.param("id", tenantId)
			.update();
		boolean created = this.jdbc.sql("""
				INSERT INTO genesys_settings (tenant_id, organization_id, region, client_id, client_secret_encrypted,
				    group_id, group_name, department_id, role_id, integration_user_id, revision, created_at, updated_at)
				VALUES (:tenantId, :organizationId, :region, :clientId, :secret, :groupId, :groupName, :departmentId,
				    :roleId, :integrationUserId, 1, now(), now())
				ON CONFLICT (tenant_id) DO UPDATE SET organization_id = excluded.organization_id,
				    region = excluded.region, client_id = excluded.client_id,
				    client_secret_encrypted = excluded.client_secret_encrypted, group_id = excluded.group_id,
				    group_name = excluded.group_name, department_id = excluded.department_id,
				    role_id = excluded.role_id, integration_user_id = excluded.integration_user_id,
				    revision = genesys_settings.revision + 1, updated_at = now()
				RETURNING (xmax = 0) AS created
				""")
			.param("tenantId", tenantId)
			.param("organizationId", settings.organizationId())
			.param("region", settings.region())
			.param("clientId", settings.clientId())
			.param("secret", this.cipher.encrypt(tenantId, settings.clientSecret()))
			.param("groupId", settings.groupId())
			.param("groupName", settings.groupName())
			.param("departmentId", settings.departmentId())
			.param("roleId", settings.roleId())
			.param("integrationUserId", settings.integrationUserId())
			.query(Boolean.class)
			.single();
		GenesysSettings stored = find(tenantId).orElseThrow();
		return new SavedSettings(stored, created);
	}

	/**
	 * Removes the tenant's settings (an uninstall); its producer notices at its next
	 * revision check and stops watching Genesys. Agents, calls and runs stay.
	 * @return whether there were settings
	 */
	public boolean delete(String tenantId) {
		return this.jdbc.sql("DELETE FROM genesys_settings WHERE tenant_id = :tenantId")
			.param("tenantId", tenantId)
			.update() > 0;
	}

	private GenesysSettings map(ResultSet rs, int row) throws SQLException {
		String tenantId = rs.getString("tenant_id");
		return new GenesysSettings(tenantId, rs.getString("organization_id"), rs.getString("region"),
				rs.getString("client_id"), this.cipher.decrypt(tenantId, rs.getBytes("client_secret_encrypted")),
				rs.getString("group_id"), rs.getString("group_name"), rs.getString("department_id"),
				rs.getString("role_id"), rs.getString("integration_user_id"), rs.getLong("revision"),
				toInstant(rs.getTimestamp("updated_at")));
	}

	private static Instant toInstant(Timestamp timestamp) {
		return timestamp.toInstant();
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
