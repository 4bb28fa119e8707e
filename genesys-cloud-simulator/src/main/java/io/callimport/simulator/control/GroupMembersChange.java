package io.callimport.simulator.control;

import java.util.List;

/**
 * Adds existing users to the group and/or creates new users in it.
 *
 * @param userIds existing users of the organisation to add
 * @param create how many new users to create as members
 */
public record GroupMembersChange(List<String> userIds, Integer create) {

	public GroupMembersChange {
		userIds = (userIds != null) ? List.copyOf(userIds) : List.of();
		create = Scenarios.atLeast(create, 0, 0, "create");
	}

}
