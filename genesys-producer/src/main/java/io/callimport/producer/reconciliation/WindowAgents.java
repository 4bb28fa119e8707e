package io.callimport.producer.reconciliation;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.directory.GroupDirectory;
import io.callimport.model.settings.GenesysSettings;

/**
 * The agents whose calls a window concerns: the group's members as Genesys lists them now
 * (so a backfill requested right after the settings were saved does not depend on the
 * first agent sync), plus the synced agents who left the group during or after the window
 * (their calls from before they left still count).
 */
@Component
class WindowAgents {

	private static final int PAGE_SIZE = 100;

	private final GroupDirectory directory;

	private final ImportStates states;

	WindowAgents(GroupDirectory directory, ImportStates states) {
		this.directory = directory;
		this.states = states;
	}

	Set<String> of(GenesysClient client, GenesysSettings settings, Instant from, AtomicInteger requests) {
		String groupId = settings.groupId();
		if (groupId == null) {
			requests.incrementAndGet();
			groupId = this.directory.resolve(client, null, settings.groupName()).id();
		}
		Set<String> agents = new TreeSet<>(this.states.agentsSince(settings.tenantId(), from));
		this.directory.members(client, groupId, PAGE_SIZE, requests)
			.stream()
			.filter((member) -> !member.deleted())
			.forEach((member) -> agents.add(member.id()));
		return agents;
	}

}
