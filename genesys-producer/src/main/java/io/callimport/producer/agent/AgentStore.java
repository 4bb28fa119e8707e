package io.callimport.producer.agent;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.callimport.genesys.directory.GroupMember;

/**
 * Writes the {@code agents} table: members are upserted active, those no longer in the
 * group become inactive (their history keeps them).
 */
@Component
class AgentStore {

	private final AgentRepository agents;

	AgentStore(AgentRepository agents) {
		this.agents = agents;
	}

	/** Stores the members as the active agents; everyone else becomes inactive. */
	@Transactional
	void replaceMembers(String tenantId, List<GroupMember> members, Instant now) {
		Set<String> ids = new HashSet<>();
		for (GroupMember member : members) {
			ids.add(upsert(tenantId, member, now));
		}
		for (Agent agent : this.agents.findByIdTenantIdAndActiveTrue(tenantId)) {
			if (!ids.contains(agent.userId())) {
				agent.deactivate(now);
			}
		}
	}

	List<String> activeIds(String tenantId) {
		return this.agents.findActiveIds(tenantId);
	}

	/** Stores the member, returning its user id. */
	private String upsert(String tenantId, GroupMember member, Instant now) {
		this.agents.upsert(tenantId, member.id(), member.name(), member.email(), member.department(),
				member.divisionId(), member.state(), now);
		return member.id();
	}

}
