package io.callimport.model.settings;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code genesys_settings} and the {@code tenants} rows they need.
 */
interface GenesysSettingsRows extends Repository<StoredGenesysSettings, String> {

	Optional<StoredGenesysSettings> findById(String tenantId);

	@Query("select s.tenantId from StoredGenesysSettings s order by s.tenantId")
	List<String> findTenantIds();

	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from StoredGenesysSettings s where s.tenantId = :tenantId")
	int deleteByTenantId(String tenantId);

	// native: ON CONFLICT creates the tenant unless it exists, race-free. Clearing
	// makes the settings read after the upsert come from the database.
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "INSERT INTO tenants (id) VALUES (:tenantId) ON CONFLICT (id) DO NOTHING", nativeQuery = true)
	void createTenant(String tenantId);

	/**
	 * Inserts or replaces the settings, bumping the revision in the same statement.
	 * @return whether the row was inserted (rather than updated)
	 */
	// native: one atomic upsert (ON CONFLICT), so concurrent saves neither fail on
	// the key nor lose a revision bump; RETURNING tells an insert from an update
	@Query(value = """
			INSERT INTO genesys_settings (tenant_id, organization_id, region, client_id, client_secret_encrypted,
			    group_id, group_name, department_id, role_id, integration_user_id, revision, created_at, updated_at)
			VALUES (:tenantId, :organizationId, :region, :clientId, :secret, CAST(:groupId AS text),
			    CAST(:groupName AS text), CAST(:departmentId AS text), CAST(:roleId AS text),
			    CAST(:integrationUserId AS text), 1, now(), now())
			ON CONFLICT (tenant_id) DO UPDATE SET organization_id = excluded.organization_id,
			    region = excluded.region, client_id = excluded.client_id,
			    client_secret_encrypted = excluded.client_secret_encrypted, group_id = excluded.group_id,
			    group_name = excluded.group_name, department_id = excluded.department_id,
			    role_id = excluded.role_id, integration_user_id = excluded.integration_user_id,
			    revision = genesys_settings.revision + 1, updated_at = now()
			RETURNING (xmax = 0) AS created
			""", nativeQuery = true)
	boolean upsert(String tenantId, String organizationId, String region, String clientId, byte[] secret,
			@Nullable String groupId, @Nullable String groupName, @Nullable String departmentId,
			@Nullable String roleId, @Nullable String integrationUserId);

}
