package io.callimport.consumer.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tenant's agents (group members the producer synchronises into {@code agents}).
 * Plain SQL: every import asks it, see {@link CallStore}.
 */
@Component
class AgentDirectory {

	private final JdbcClient jdbc;

	AgentDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Those of the given users who are (or were) agents of the tenant, in the given
	 * order.
	 */
	List<String> agentsAmong(String tenantId, List<String> userIds) {
		if (userIds.isEmpty()) {
			return List.of();
		}
		Set<String> agents = new HashSet<>(
				this.jdbc.sql("SELECT user_id FROM agents WHERE tenant_id = :tenantId AND user_id = ANY(:userIds)")
					.param("tenantId", tenantId)
					.param("userIds", userIds.toArray(String[]::new))
					.query(String.class)
					.list());
		return userIds.stream().filter(agents::contains).toList();
	}

}
