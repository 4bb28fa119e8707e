package io.callimport.bench;

import java.util.List;

/**
 * A tenant of the run: its Genesys organisation on the simulator, its OAuth client and
 * its agents.
 *
 * @param id the tenant id
 * @param orgId the simulator's organisation id
 * @param clientId the OAuth client the tenant's settings name
 * @param agents the group's members (synced as agents)
 */
public record BenchTenant(String id, String orgId, String clientId, List<String> agents) {

	/** Agents in turn, so that calls spread over all of them. */
	public String agent(int index) {
		return this.agents.get(Math.floorMod(index, this.agents.size()));
	}

}
