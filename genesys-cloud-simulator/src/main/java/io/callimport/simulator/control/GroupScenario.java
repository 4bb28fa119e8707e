package io.callimport.simulator.control;

import org.jspecify.annotations.Nullable;

/**
 * The organisation's group of agents whose calls are imported.
 *
 * @param id the group id, generated when absent
 * @param name the group name (the wizard and settings refer to it)
 * @param agents how many member users to create
 */
public record GroupScenario(@Nullable String id, String name, int agents) {

	public GroupScenario {
		Scenarios.requireText(name, "group.name");
		if (agents < 0) {
			throw new IllegalArgumentException("group.agents must not be negative");
		}
	}

	public static GroupScenario of(String name, int agents) {
		return new GroupScenario(null, name, agents);
	}

}
