package io.callimport.consumer.importing;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The tenant's agents (group members the producer synchronises into {@code agents}).
 */
interface AgentDirectory extends Repository<Agent, Agent.Key> {

	@Query("select a.userId from Agent a where a.tenantId = :tenantId and a.userId in :userIds")
	Set<String> findUserIds(String tenantId, Collection<String> userIds);

	/**
	 * Those of the given users who are (or were) agents of the tenant, in the given
	 * order.
	 */
	default List<String> agentsAmong(String tenantId, List<String> userIds) {
		if (userIds.isEmpty()) {
			return List.of();
		}
		Set<String> agents = findUserIds(tenantId, userIds);
		return userIds.stream().filter(agents::contains).toList();
	}

}
