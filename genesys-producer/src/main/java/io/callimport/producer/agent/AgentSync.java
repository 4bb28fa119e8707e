package io.callimport.producer.agent;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.directory.DirectoryGroup;
import io.callimport.genesys.directory.GroupDirectory;
import io.callimport.genesys.directory.GroupMember;
import io.callimport.model.settings.GenesysSettings;
import io.callimport.producer.tenant.TenantProperties;

/**
 * Reads the tenant's group and all its members from Genesys and makes them the tenant's
 * active agents; members who left become inactive. Deleted users are not agents.
 */
@Service
public class AgentSync {

	private static final Logger log = LoggerFactory.getLogger(AgentSync.class);

	private final GroupDirectory directory;

	private final AgentStore store;

	private final AgentRoster roster;

	private final AgentSyncProperties properties;

	private final Clock clock;

	AgentSync(GroupDirectory directory, AgentStore store, AgentRoster roster, AgentSyncProperties properties,
			Clock clock, MeterRegistry registry, TenantProperties tenant) {
		this.directory = directory;
		this.store = store;
		this.roster = roster;
		this.properties = properties;
		this.clock = clock;
		Gauge.builder("callimport.agents.active", roster, (r) -> r.active().size())
			.description("Group members whose calls are imported")
			.tag("tenant", tenant.id())
			.register(registry);
	}

	/**
	 * Takes the active agents the database knows as the roster, until a sync succeeds
	 * (Genesys unreachable at start-up must not leave the agents unwatched).
	 */
	public void restoreFromDatabase(String tenantId) {
		if (!this.roster.isKnown()) {
			this.roster.replace(new HashSet<>(this.store.activeIds(tenantId)));
			log.info("Watching the {} agent(s) of the last successful sync until Genesys answers",
					this.roster.active().size());
		}
	}

	/**
	 * Synchronises once.
	 * @return who joined and who left since the previous roster
	 */
	public RosterChange sync(GenesysSettings settings, GenesysClient client) {
		DirectoryGroup group = this.directory.resolve(client, settings.groupId(), settings.groupName());
		List<GroupMember> members = this.directory.members(client, group.id(), this.properties.pageSize())
			.stream()
			.filter((member) -> !member.deleted())
			.toList();
		Set<String> before = this.roster.isKnown() ? this.roster.active()
				: new HashSet<>(this.store.activeIds(settings.tenantId()));
		this.store.replaceMembers(settings.tenantId(), members, this.clock.instant());
		Set<String> now = new HashSet<>(members.stream().map(GroupMember::id).toList());
		this.roster.replace(now);
		RosterChange change = RosterChange.between(before, now);
		if (!change.isEmpty()) {
			log.info("Agents of group '{}' ({}): {} active, {} joined, {} left", group.name(), group.id(), now.size(),
					change.joined().size(), change.left().size());
		}
		return change;
	}

}
