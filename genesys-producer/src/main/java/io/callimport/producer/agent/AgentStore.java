package io.callimport.producer.agent;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import io.callimport.genesys.directory.GroupMember;

/**
 * Writes the {@code agents} table: members are upserted active, those no longer in the
 * group become inactive (their history keeps them).
 */
@Repository
class AgentStore {

	private final JdbcClient jdbc;

	AgentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the members as the active agents; everyone else becomes inactive. */
	@Transactional
	void replaceMembers(String tenantId, List<GroupMember> members, Instant now) {
		String[] ids = members.stream().map(GroupMember::id).toArray(String[]::new);
		for (GroupMember member : members) {
			upsert(tenantId, member, now);
		}
		this.jdbc.sql("""
				UPDATE agents SET active = false, deactivated_at = :now
				WHERE tenant_id = :tenantId AND active AND NOT (user_id = ANY(:ids))
				""").param("tenantId", tenantId).param("ids", ids).param("now", Timestamp.from(now)).update();
	}

	List<String> activeIds(String tenantId) {
		return this.jdbc.sql("SELECT user_id FROM agents WHERE tenant_id = :tenantId AND active")
			.param("tenantId", tenantId)
			.query(String.class)
			.list();
	}

	private void upsert(String tenantId, GroupMember member, Instant now) {
		this.jdbc.sql("""
				INSERT INTO agents (tenant_id, user_id, name, email, department, division_id, user_state, active,
				    first_synced_at, last_synced_at)
				VALUES (:tenantId, :userId, :name, :email, :department, :divisionId, :state, true, :now, :now)
				ON CONFLICT (tenant_id, user_id) DO UPDATE SET name = excluded.name, email = excluded.email,
				    department = excluded.department, division_id = excluded.division_id,
				    user_state = excluded.user_state, active = true, last_synced_at = excluded.last_synced_at,
				    deactivated_at = NULL
				""")
			.param("tenantId", tenantId)
			.param("userId", member.id())
			.param("name", member.name())
			.param("email", member.email())
			.param("department", member.department())
			.param("divisionId", member.divisionId())
			.param("state", member.state())
			.param("now", Timestamp.from(now))
			.update();
	}

}
