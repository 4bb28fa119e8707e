package io.callimport.simulator.organization;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of a group: its members in the order they joined.
 */
public record SimulatedGroup(String id, String name, List<String> memberIds, int version, Instant dateModified) {

	SimulatedGroup withMembers(List<String> members, Instant now) {
		return new SimulatedGroup(this.id, this.name, List.copyOf(members), this.version + 1, now);
	}

}
