package io.callimport.producer.agent;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RosterChangeTests {

	@Test
	void namesWhoJoinedAndWhoLeft() {
		RosterChange change = RosterChange.between(Set.of("a", "b", "c"), Set.of("b", "c", "d"));

		assertThat(change.joined()).containsExactly("d");
		assertThat(change.left()).containsExactly("a");
		assertThat(RosterChange.between(Set.of("a"), Set.of("a")).isEmpty()).isTrue();
	}

}
