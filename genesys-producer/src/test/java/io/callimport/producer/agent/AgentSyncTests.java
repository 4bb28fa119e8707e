package io.callimport.producer.agent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.callimport.genesys.directory.GroupDirectory.GroupNotFoundException;
import io.callimport.genesys.directory.GroupMember;
import io.callimport.model.settings.ClientSecret;
import io.callimport.model.settings.GenesysSettings;
import io.callimport.producer.FakeGroupDirectory;
import io.callimport.producer.OfflineGenesys;
import io.callimport.producer.tenant.TenantProperties;

import static io.callimport.producer.FakeGroupDirectory.active;
import static io.callimport.producer.FakeGroupDirectory.deleted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The agent sync against a fake group directory; the store is a mock (its SQL is covered
 * by the integration tests).
 */
class AgentSyncTests {

	private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

	private final FakeGroupDirectory directory = new FakeGroupDirectory("group-1", "Agents");

	private final AgentStore store = mock(AgentStore.class);

	private final AgentRoster roster = new AgentRoster();

	private final AgentSync sync = new AgentSync(this.directory, this.store, this.roster,
			new AgentSyncProperties(Duration.ofMinutes(5), Duration.ofSeconds(30), 2), Clock.fixed(NOW, ZoneOffset.UTC),
			new SimpleMeterRegistry(), new TenantProperties("tenant-a", Duration.ofSeconds(5)));

	@Test
	void storesTheGroupsMembersButNotDeletedUsersAsTheActiveAgents() {
		this.directory.members(active("u1"), deleted("u2"), active("u3"), active("u4"), active("u5"));

		RosterChange change = this.sync.sync(settings("group-1", null), OfflineGenesys.client());

		assertThat(this.roster.active()).containsExactlyInAnyOrder("u1", "u3", "u4", "u5");
		assertThat(change.joined()).containsExactlyInAnyOrder("u1", "u3", "u4", "u5");
		assertThat(change.left()).isEmpty();
		assertThat(stored()).extracting(GroupMember::id).containsExactly("u1", "u3", "u4", "u5");
		assertThat(stored().get(0)).isEqualTo(active("u1"));
		assertThat(this.directory.requests()).as("resolve, then 3 pages of 2").isEqualTo(4);
	}

	@Test
	void reportsWhoJoinedAndWhoLeftSinceThePreviousSync() {
		this.directory.members(active("u1"), active("u2"));
		this.sync.sync(settings("group-1", null), OfflineGenesys.client());
		this.directory.members(active("u2"), active("u3"), deleted("u1"));

		RosterChange change = this.sync.sync(settings("group-1", null), OfflineGenesys.client());

		assertThat(change.joined()).containsExactly("u3");
		assertThat(change.left()).containsExactly("u1");
		assertThat(this.roster.active()).containsExactlyInAnyOrder("u2", "u3");
	}

	@Test
	void comparesTheFirstSyncWithTheAgentsTheDatabaseKnows() {
		when(this.store.activeIds("tenant-a")).thenReturn(List.of("u1", "gone"));
		this.directory.members(active("u1"), active("u2"));

		RosterChange change = this.sync.sync(settings(null, "Agents"), OfflineGenesys.client());

		assertThat(change.joined()).containsExactly("u2");
		assertThat(change.left()).containsExactly("gone");
	}

	@Test
	void leavesRosterAndStoreAsTheyWereWhenTheGroupIsGone() {
		this.roster.replace(Set.of("u1"));

		assertThatExceptionOfType(GroupNotFoundException.class)
			.isThrownBy(() -> this.sync.sync(settings("group-gone", null), OfflineGenesys.client()));

		assertThat(this.roster.active()).containsExactly("u1");
		verify(this.store, never()).replaceMembers(anyString(), anyList(), any());
	}

	@Test
	void watchesTheAgentsOfTheLastSuccessfulSyncUntilGenesysAnswers() {
		when(this.store.activeIds("tenant-a")).thenReturn(List.of("u1", "u2"));

		this.sync.restoreFromDatabase("tenant-a");

		assertThat(this.roster.isKnown()).isTrue();
		assertThat(this.roster.active()).containsExactlyInAnyOrder("u1", "u2");
	}

	@SuppressWarnings("unchecked")
	private List<GroupMember> stored() {
		ArgumentCaptor<List<GroupMember>> members = ArgumentCaptor.forClass(List.class);
		verify(this.store).replaceMembers(eq("tenant-a"), members.capture(), eq(NOW));
		return members.getValue();
	}

	static GenesysSettings settings(String groupId, String groupName) {
		return new GenesysSettings("tenant-a", "org-1", "mypurecloud.com", "client-1", new ClientSecret("secret"),
				groupId, groupName, null, null, null, 1, NOW);
	}

}
