package io.callimport.producer.agent;

import java.util.HashSet;
import java.util.Set;

/**
 * How the active agents changed in one sync.
 *
 * @param joined user ids that became active
 * @param left user ids that are no longer active
 */
public record RosterChange(Set<String> joined, Set<String> left) {

	static RosterChange between(Set<String> before, Set<String> after) {
		Set<String> joined = new HashSet<>(after);
		joined.removeAll(before);
		Set<String> left = new HashSet<>(before);
		left.removeAll(after);
		return new RosterChange(Set.copyOf(joined), Set.copyOf(left));
	}

	public boolean isEmpty() {
		return this.joined.isEmpty() && this.left.isEmpty();
	}

}
