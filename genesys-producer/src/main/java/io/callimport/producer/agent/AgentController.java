package io.callimport.producer.agent;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tenants/{tenantId}/agents[?active=true|false]}: active agents first.
 */
@RestController
class AgentController {

	private final AgentQueries agents;

	AgentController(AgentQueries agents) {
		this.agents = agents;
	}

	@GetMapping("/api/v1/tenants/{tenantId}/agents")
	List<AgentView> list(@PathVariable String tenantId, @RequestParam(required = false) @Nullable Boolean active) {
		return this.agents.find(tenantId, active);
	}

}
