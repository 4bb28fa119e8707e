package io.callimport.producer.reconciliation;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.callimport.model.settings.ClientSecret;
import io.callimport.model.settings.GenesysSettings;
import io.callimport.producer.FakeGroupDirectory;
import io.callimport.producer.OfflineGenesys;

import static io.callimport.producer.FakeGroupDirectory.active;
import static io.callimport.producer.FakeGroupDirectory.deleted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The agents a window concerns: today's group members from a fake directory, plus the
 * synced agents who left since the window started (from a mocked store).
 */
class WindowAgentsTests {

	private static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");

	private final FakeGroupDirectory directory = new FakeGroupDirectory("group-1", "Agents");

	private final ImportStates states = mock(ImportStates.class);

	private final AtomicInteger requests = new AtomicInteger();

	@Test
	void takesTheMembersGenesysListsNowAndTheAgentsWhoLeftDuringTheWindow() {
		this.directory.members(active("u1"), active("u2"), deleted("u3"));
		when(this.states.agentsSince("tenant-a", FROM)).thenReturn(List.of("u1", "left-yesterday"));

		assertThat(new WindowAgents(this.directory, this.states).of(OfflineGenesys.client(), settings("group-1", null),
				FROM, this.requests))
			.containsExactly("left-yesterday", "u1", "u2");
		assertThat(this.requests).as("one page of members, the group id is known").hasValue(1);
	}

	@Test
	void resolvesAGroupGivenByNameFirst() {
		this.directory.members(active("u1"));
		when(this.states.agentsSince("tenant-a", FROM)).thenReturn(List.of());

		assertThat(new WindowAgents(this.directory, this.states).of(OfflineGenesys.client(), settings(null, "Agents"),
				FROM, this.requests))
			.containsExactly("u1");
		assertThat(this.requests).hasValue(2);
	}

	private static GenesysSettings settings(String groupId, String groupName) {
		return new GenesysSettings("tenant-a", "org-1", "mypurecloud.com", "client-1", new ClientSecret("secret"),
				groupId, groupName, null, null, null, 1, FROM);
	}

}
