package io.callimport.producer.agent;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code agents} table. Public for reconciliation, which asks which agents a window
 * concerns ({@link #findIdsActiveOrDeactivatedSince}).
 */
public interface AgentRepository extends Repository<Agent, Agent.Key> {

	/** For the admin API: active agents first, then by name. */
	@Query("""
			SELECT a FROM Agent a WHERE a.id.tenantId = :tenantId AND (:active IS NULL OR a.active = :active)
			ORDER BY a.active DESC, a.name NULLS LAST, a.id.userId""")
	List<Agent> findForAdmin(String tenantId, @Nullable Boolean active);

	List<Agent> findByIdTenantIdAndActiveTrue(String tenantId);

	@Query("SELECT a.id.userId FROM Agent a WHERE a.id.tenantId = :tenantId AND a.active")
	List<String> findActiveIds(String tenantId);

	/**
	 * The agents whose calls a window from {@code from} on concerns: active, or
	 * deactivated inside it.
	 */
	@Query("""
			SELECT a.id.userId FROM Agent a
			WHERE a.id.tenantId = :tenantId AND (a.active OR a.deactivatedAt >= :from)""")
	List<String> findIdsActiveOrDeactivatedSince(String tenantId, Instant from);

	// native: INSERT … ON CONFLICT, so two syncs of the same member (a replica losing its
	// lease while the next one syncs) cannot fail on the key
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Transactional
	@NativeQuery("""
			INSERT INTO agents (tenant_id, user_id, name, email, department, division_id, user_state, active,
			    first_synced_at, last_synced_at)
			VALUES (:tenantId, :userId, :name, :email, :department, :divisionId, :state, true, :now, :now)
			ON CONFLICT (tenant_id, user_id) DO UPDATE SET name = excluded.name, email = excluded.email,
			    department = excluded.department, division_id = excluded.division_id,
			    user_state = excluded.user_state, active = true, last_synced_at = excluded.last_synced_at,
			    deactivated_at = NULL""")
	int upsert(String tenantId, String userId, @Nullable String name, @Nullable String email,
			@Nullable String department, @Nullable String divisionId, @Nullable String state, Instant now);

}
