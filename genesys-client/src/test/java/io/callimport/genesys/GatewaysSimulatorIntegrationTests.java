package io.callimport.genesys;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.callimport.genesys.analytics.ConversationSearch;
import io.callimport.genesys.analytics.ConversationSummary;
import io.callimport.genesys.analytics.DetailsJobPage;
import io.callimport.genesys.analytics.DetailsJobStatus;
import io.callimport.genesys.analytics.EndedCallsQuery;
import io.callimport.genesys.directory.DirectoryGroup;
import io.callimport.genesys.directory.GroupDirectory;
import io.callimport.genesys.directory.GroupDirectory.GroupNotFoundException;
import io.callimport.genesys.directory.GroupMember;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.notifications.NotificationChannel;
import io.callimport.genesys.notifications.NotificationChannels;
import io.callimport.genesys.notifications.SubscribedTopic;
import io.callimport.model.settings.ClientSecret;
import io.callimport.simulator.GenesysCloudSimulator;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.ChannelView;
import io.callimport.simulator.control.OrganizationScenario;
import io.callimport.simulator.control.OrganizationState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * The gateways on the SDK against the Genesys Cloud simulator: what they send and how
 * they read Genesys' answers into the product's records. One organisation for all tests.
 */
class GatewaysSimulatorIntegrationTests {

	private static final Instant NOW = Instant.now();

	private static GenesysCloudSimulator simulator;

	private static GenesysClients clients;

	private static OrganizationState org;

	private static GenesysClient client;

	@BeforeAll
	static void start() {
		simulator = GenesysCloudSimulator.start();
		java.net.URI url = java.net.URI.create(simulator.baseUrl());
		GenesysProperties defaults = GenesysProperties.defaults();
		clients = new GenesysClients(new GenesysProperties(url, url, defaults.tokenRenewalMargin(), defaults.budget(),
				defaults.retry(), defaults.timeouts(), defaults.websocket()), new SimpleMeterRegistry());
		org = simulator.control()
			.putOrganization("org-gateways",
					OrganizationScenario.of("gateways-client", "gateways-secret", "Gateway agents", 5)
						.withUsers(2, 0)
						.withLimits(1000, 20, 100_000));
		client = clients.forTenant(org.organizationId(),
				new GenesysCredentials("mypurecloud.com", "gateways-client", new ClientSecret("gateways-secret")));
	}

	@AfterAll
	static void stop() {
		clients.close();
		simulator.close();
	}

	@Test
	void resolvesTheGroupByIdOrExactNameAndPagesThroughItsMembers() {
		GroupDirectory directory = GroupDirectory.overSdk();
		AtomicInteger requests = new AtomicInteger();

		DirectoryGroup byId = directory.resolve(client, org.groupId(), null);
		DirectoryGroup byName = directory.resolve(client, null, "Gateway agents");
		List<GroupMember> members = directory.members(client, org.groupId(), 2, requests);

		assertThat(byId).isEqualTo(byName).isEqualTo(new DirectoryGroup(org.groupId(), "Gateway agents"));
		assertThat(members).extracting(GroupMember::id).containsExactlyInAnyOrderElementsOf(org.agentUserIds());
		assertThat(members).allSatisfy((member) -> {
			assertThat(member.state()).isEqualTo("active");
			assertThat(member.deleted()).isFalse();
			assertThat(member.name()).isNotBlank();
		});
		assertThat(requests).as("5 members in pages of 2").hasValue(3);
		assertThatExceptionOfType(GroupNotFoundException.class)
			.isThrownBy(() -> directory.resolve(client, "00000000-0000-4000-8000-00000000dead", null));
		assertThatExceptionOfType(GroupNotFoundException.class)
			.isThrownBy(() -> directory.resolve(client, null, "No such group"));
	}

	@Test
	void createsAChannelAndReplacesAddsAndDropsItsSubscriptions() {
		NotificationChannels channels = NotificationChannels.overSdk();
		String first = topic(org.agentUserIds().get(0));
		String second = topic(org.agentUserIds().get(1));
		String third = topic(org.agentUserIds().get(2));

		NotificationChannel channel = channels.create(client);
		List<SubscribedTopic> replaced = channels.replaceSubscriptions(client, channel.id(), List.of(first, second));
		List<SubscribedTopic> added = channels.addSubscriptions(client, channel.id(), List.of(third));

		assertThat(channel.connectUri()).startsWith("ws");
		assertThat(channel.expires()).isAfter(Instant.now());
		assertThat(replaced).extracting(SubscribedTopic::topic).containsExactlyInAnyOrder(first, second);
		assertThat(added).extracting(SubscribedTopic::topic).containsExactlyInAnyOrder(first, second, third);
		assertThat(added).noneMatch(SubscribedTopic::rejected);
		assertThat(channels.channelsOfCurrentToken(client)).contains(channel.id());
		assertThat(channels.exists(client, channel.id())).isTrue();
		assertThat(channels.exists(client, "00000000-0000-4000-8000-00000000dead")).isFalse();

		channels.deleteSubscriptions(client, channel.id());

		assertThat(simulator.control().channels(org.organizationId()))
			.filteredOn((view) -> view.channelId().equals(channel.id()))
			.singleElement()
			.extracting(ChannelView::topics)
			.asList()
			.isEmpty();
	}

	@Test
	void listsEndedVoiceCallsOfTheUsersByQueryPagesAndByADetailsJob() {
		String agent = org.agentUserIds().get(0);
		List<String> calls = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			calls.addAll(simulator.control()
				.createCalls(org.organizationId(),
						CallRequest.answeredBy(agent)
							.withTiming(Duration.ofSeconds(60), Duration.ofSeconds(5))
							.startedAt(NOW.minus(Duration.ofHours(3)).plus(Duration.ofMinutes(10L * i)))));
		}
		simulator.control()
			.createCalls(org.organizationId(),
					CallRequest.answeredBy(org.outsideUserIds().get(0))
						.withTiming(Duration.ofSeconds(60), Duration.ofSeconds(5))
						.startedAt(NOW.minus(Duration.ofHours(3))));
		ConversationSearch search = ConversationSearch.overSdk();
		EndedCallsQuery query = new EndedCallsQuery(List.of(agent), NOW.minus(Duration.ofHours(4)), NOW);

		List<ConversationSummary> page1 = search.query(client, query, 2, 1);
		List<ConversationSummary> page2 = search.query(client, query, 2, 2);

		assertThat(page1).hasSize(2);
		assertThat(page1.get(0).end()).as("newest end first").isAfter(page1.get(1).end());
		assertThat(concat(page1, page2)).extracting(ConversationSummary::conversationId)
			.containsExactlyInAnyOrderElementsOf(calls);
		assertThat(page1).allSatisfy((call) -> assertThat(call.participantUserIds()).contains(agent));

		assertThat(search.jobsAvailableUntil(client)).isPresent();
		String jobId = search.submitJob(client, query);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> search.jobStatus(client, jobId).state() == DetailsJobStatus.State.FULFILLED);
		DetailsJobPage first = search.jobResults(client, jobId, null, 2);
		DetailsJobPage second = search.jobResults(client, jobId, first.cursor(), 2);
		search.deleteJob(client, jobId);

		assertThat(first.hasNext()).isTrue();
		assertThat(second.hasNext()).isFalse();
		assertThat(concat(first.conversations(), second.conversations()))
			.extracting(ConversationSummary::conversationId)
			.containsExactlyInAnyOrderElementsOf(calls);
		assertThatExceptionOfType(GenesysException.class).isThrownBy(() -> search.jobStatus(client, jobId))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(GenesysFailureKind.NOT_FOUND));
	}

	@Test
	void refusesAQueryIntervalOverThirtyOneDaysBeforeAnyRequest() {
		EndedCallsQuery query = new EndedCallsQuery(List.of("u1"), NOW.minus(Duration.ofDays(32)), NOW);

		assertThatIllegalArgumentException().isThrownBy(() -> ConversationSearch.overSdk().query(client, query, 100, 1))
			.withMessageContaining("31 days");
	}

	private static String topic(String userId) {
		return "v2.users." + userId + ".conversations.calls";
	}

	private static List<ConversationSummary> concat(List<ConversationSummary> a, List<ConversationSummary> b) {
		List<ConversationSummary> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
