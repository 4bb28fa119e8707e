package io.callimport.producer.agent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the tenant's agents for the admin API.
 */
@Repository
class AgentQueries {

	private final JdbcClient jdbc;

	AgentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AgentView> find(String tenantId, @Nullable Boolean active) {
		return this.jdbc.sql("""
				SELECT user_id, name, email, department, division_id, user_state, active, first_synced_at,
				       last_synced_at, deactivated_at
				FROM agents
				WHERE tenant_id = :tenantId AND (CAST(:active AS boolean) IS NULL OR active = :active)
				ORDER BY active DESC, name NULLS LAST, user_id
				""").param("tenantId", tenantId).param("active", active).query(AgentQueries::view).list();
	}

	private static AgentView view(ResultSet rs, int rowNum) throws SQLException {
		Timestamp deactivated = rs.getTimestamp("deactivated_at");
		return new AgentView(rs.getString("user_id"), rs.getString("name"), rs.getString("email"),
				rs.getString("department"), rs.getString("division_id"), rs.getString("user_state"),
				rs.getBoolean("active"), rs.getTimestamp("first_synced_at").toInstant(),
				rs.getTimestamp("last_synced_at").toInstant(), (deactivated != null) ? deactivated.toInstant() : null);
	}

}
