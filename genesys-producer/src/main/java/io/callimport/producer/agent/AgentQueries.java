package io.callimport.producer.agent;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the tenant's agents for the admin API.
 */
@Component
class AgentQueries {

	private final AgentRepository agents;

	AgentQueries(AgentRepository agents) {
		this.agents = agents;
	}

	@Transactional(readOnly = true)
	List<AgentView> find(String tenantId, @Nullable Boolean active) {
		return this.agents.findForAdmin(tenantId, active).stream().map(Agent::view).toList();
	}

}
