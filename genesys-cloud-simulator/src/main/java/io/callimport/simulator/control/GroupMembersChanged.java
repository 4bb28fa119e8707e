package io.callimport.simulator.control;

import java.util.List;

/** The users a membership change added (existing ones first, then the created ones). */
public record GroupMembersChanged(List<String> added) {
}
