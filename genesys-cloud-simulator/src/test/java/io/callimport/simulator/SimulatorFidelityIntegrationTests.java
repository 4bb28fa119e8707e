package io.callimport.simulator;

import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.ApiResponse;
import com.mypurecloud.sdk.v2.api.AnalyticsApi;
import com.mypurecloud.sdk.v2.api.GroupsApi;
import com.mypurecloud.sdk.v2.api.NotificationsApi;
import com.mypurecloud.sdk.v2.api.OrganizationApi;
import com.mypurecloud.sdk.v2.api.RecordingApi;
import com.mypurecloud.sdk.v2.api.TokensApi;
import com.mypurecloud.sdk.v2.api.UsersApi;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationAsyncQueryResponse;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationQueryResponse;
import com.mypurecloud.sdk.v2.model.AsyncConversationQuery;
import com.mypurecloud.sdk.v2.model.AsyncQueryResponse;
import com.mypurecloud.sdk.v2.model.AsyncQueryStatus;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationWithoutAttributes;
import com.mypurecloud.sdk.v2.model.AnalyticsParticipantWithoutAttributes;
import com.mypurecloud.sdk.v2.model.Channel;
import com.mypurecloud.sdk.v2.model.ChannelTopic;
import com.mypurecloud.sdk.v2.model.ConversationCallEventTopicCallConversation;
import com.mypurecloud.sdk.v2.model.ConversationCallEventTopicCallMediaParticipant;
import com.mypurecloud.sdk.v2.model.ConversationDetailQueryFilter;
import com.mypurecloud.sdk.v2.model.ConversationDetailQueryPredicate;
import com.mypurecloud.sdk.v2.model.ConversationQuery;
import com.mypurecloud.sdk.v2.model.Group;
import com.mypurecloud.sdk.v2.model.GroupEntityListing;
import com.mypurecloud.sdk.v2.model.GroupSearchCriteria;
import com.mypurecloud.sdk.v2.model.GroupSearchRequest;
import com.mypurecloud.sdk.v2.model.PagingSpec;
import com.mypurecloud.sdk.v2.model.Recording;
import com.mypurecloud.sdk.v2.model.SegmentDetailQueryClause;
import com.mypurecloud.sdk.v2.model.SegmentDetailQueryFilter;
import com.mypurecloud.sdk.v2.model.SegmentDetailQueryPredicate;
import com.mypurecloud.sdk.v2.model.User;
import com.mypurecloud.sdk.v2.model.UserEntityListing;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.GroundTruthConversation;
import io.callimport.simulator.control.OrganizationScenario;
import io.callimport.simulator.control.OrganizationState;
import io.callimport.simulator.control.SimulatorControl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The official SDK (198.1.0, on OkHttp) against the simulator: if it reads every answer
 * into its own models, the shapes are Genesys'.
 */
class SimulatorFidelityIntegrationTests {

	private static final String ORG = "fidelity-org";

	private static GenesysCloudSimulator genesys;

	private static SimulatorControl control;

	private static OrganizationState org;

	private static ApiClient sdk;

	@BeforeAll
	static void organization() {
		genesys = GenesysCloudSimulator.shared();
		control = genesys.control();
		org = control.putOrganization(ORG,
				OrganizationScenario.of("fidelity-client", "fidelity-secret", "Speech Analytics", 60)
					.withName("Fidelity Inc")
					.withUsers(3, 30)
					.withLags(Duration.ofMillis(200), Duration.ofMillis(1500)));
		sdk = SimulatorClients.sdk(genesys.baseUrl(),
				SimulatorClients.token(genesys.baseUrl(), "fidelity-client", "fidelity-secret"));
	}

	@Test
	void identifiesTheTokensOrganizationAndClient() throws Exception {
		var tokenInfo = new TokensApi(sdk).getTokensMe((Boolean) null);
		var organization = new OrganizationApi(sdk).getOrganizationsMe();

		assertThat(tokenInfo.getOrganization().getId()).isEqualTo(ORG);
		assertThat(tokenInfo.getOAuthClient().getId()).isEqualTo("fidelity-client");
		assertThat(organization.getId()).isEqualTo(ORG);
		assertThat(organization.getName()).isEqualTo("Fidelity Inc");
	}

	@Test
	void pagesThroughGroupsFindsTheGroupByNameAndPagesItsMembers() throws Exception {
		GroupsApi groups = new GroupsApi(sdk);
		List<String> groupIds = new ArrayList<>();
		GroupEntityListing page;
		int pageNumber = 1;
		do {
			page = groups.getGroups(10, pageNumber++, null, null, null);
			page.getEntities().forEach((group) -> groupIds.add(group.getId()));
		}
		while (page.getPageNumber() < page.getPageCount());
		var found = groups.postGroupsSearch(new GroupSearchRequest().pageSize(25)
			.pageNumber(1)
			.query(List.of(new GroupSearchCriteria().fields(List.of("name"))
				.value("Speech Analytics")
				.type(GroupSearchCriteria.TypeEnum.EXACT))));
		Group group = groups.getGroup(org.groupId());
		List<User> members = new ArrayList<>();
		UserEntityListing first = groups.getGroupMembers(org.groupId(), 25, 1, null, null);
		for (int n = 1; n <= first.getPageCount(); n++) {
			members.addAll(groups.getGroupMembers(org.groupId(), 25, n, null, null).getEntities());
		}

		assertThat(groupIds).hasSize(31).doesNotHaveDuplicates().contains(org.groupId());
		assertThat(found.getTotal()).isEqualTo(1);
		assertThat(found.getResults()).extracting(Group::getId).containsExactly(org.groupId());
		assertThat(group.getMemberCount()).isEqualTo(60L);
		assertThat(first.getPageCount()).isEqualTo(3);
		assertThat(first.getTotal()).isEqualTo(60L);
		assertThat(first.getNextUri()).endsWith("pageSize=25&pageNumber=2");
		assertThat(members).extracting(User::getId).containsExactlyInAnyOrderElementsOf(org.agentUserIds());
		assertThat(members.get(0).getEmail()).contains("@");
		assertThat(members.get(0).getDivision().getId()).isEqualTo(org.divisionId());
		assertThat(members.get(0).getState()).isEqualTo(User.StateEnum.ACTIVE);
		assertThat(new UsersApi(sdk).getUser(members.get(0).getId(), null, null, null).getEmail())
			.isEqualTo(members.get(0).getEmail());
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> groups.getGroup("no-such-group"))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404))
			.satisfies((ex) -> assertThat(ex.getRawBody()).contains("\"code\":\"not.found\""));
	}

	@Test
	void managesAChannelsSubscriptionsAndReports404OnceItExpired() throws Exception {
		NotificationsApi notifications = new NotificationsApi(sdk);
		Channel channel = notifications.postNotificationsChannels();
		String agent = org.agentUserIds().get(0);
		String other = org.agentUserIds().get(1);

		var replaced = notifications.putNotificationsChannelSubscriptions(channel.getId(), List
			.of(topic("v2.users." + agent + ".conversations.calls"), topic("v2.users." + agent + ".conversations")),
				null);
		var added = notifications.postNotificationsChannelSubscriptions(channel.getId(),
				List.of(topic("v2.users." + other + ".conversations.calls")), null);
		var listed = notifications.getNotificationsChannelSubscriptions(channel.getId());
		notifications.deleteNotificationsChannelSubscriptions(channel.getId());
		var afterDelete = notifications.getNotificationsChannelSubscriptions(channel.getId());
		ApiResponse<Void> alive = notifications.headNotificationsChannelWithHttpInfo(channel.getId());
		var clientChannels = notifications.getNotificationsChannels("oauthclient");
		var topics = notifications.getNotificationsAvailabletopics(null, null);
		control.expireChannels(ORG);

		assertThat(channel.getConnectUri()).startsWith("ws://").endsWith("/channels/" + channel.getId());
		assertThat(channel.getExpires()).isAfter(java.util.Date.from(Instant.now().plus(Duration.ofHours(23))));
		assertThat(replaced.getEntities()).hasSize(2);
		assertThat(added.getEntities()).hasSize(3);
		assertThat(listed.getEntities()).extracting(ChannelTopic::getState)
			.containsOnly(ChannelTopic.StateEnum.PERMITTED);
		assertThat(afterDelete.getEntities()).isEmpty();
		assertThat(alive.getStatusCode()).isEqualTo(200);
		assertThat(clientChannels.getEntities()).extracting(Channel::getId).contains(channel.getId());
		assertThat(topics.getEntities()).isNotEmpty();
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> notifications.headNotificationsChannel(channel.getId()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404));
	}

	@Test
	void readsConversationDetailsSinglySeveralAtOnceAndByPagedQuery() throws Exception {
		String first = org.agentUserIds().get(2);
		String second = org.agentUserIds().get(3);
		Instant startedAt = Instant.now().minus(Duration.ofMinutes(30));
		String a = control.createCalls(ORG, CallRequest.answeredBy(first).startedAt(startedAt)).get(0);
		String b = control
			.createCalls(ORG,
					CallRequest.answeredBy(second).startedAt(startedAt.plusSeconds(60)).withTransferTo(first, 2))
			.get(0);
		control.createCalls(ORG, CallRequest.answeredBy(org.outsideUserIds().get(0)).startedAt(startedAt));
		AnalyticsApi analytics = new AnalyticsApi(sdk);

		AnalyticsConversationWithoutAttributes one = analytics.getAnalyticsConversationDetails(a);
		var several = analytics.getAnalyticsConversationsDetails(List.of(a, b, "unknown-conversation"));
		List<String> paged = new ArrayList<>();
		AnalyticsConversationQueryResponse page;
		int pageNumber = 1;
		do {
			page = analytics.postAnalyticsConversationsDetailsQuery(userQuery(List.of(first, second), pageNumber++));
			page.getConversations().forEach((c) -> paged.add(c.getConversationId()));
		}
		// The SDK reads an absent "conversations" as an empty list: page until it is
		// empty.
		while (!page.getConversations().isEmpty() && pageNumber < 10);

		assertThat(one.getConversationEnd()).isNotNull();
		assertThat(one.getDivisionIds()).containsExactly(org.divisionId());
		AnalyticsParticipantWithoutAttributes agent = one.getParticipants()
			.stream()
			.filter((p) -> first.equals(p.getUserId()))
			.findFirst()
			.orElseThrow();
		assertThat(agent.getPurpose()).isEqualTo(AnalyticsParticipantWithoutAttributes.PurposeEnum.AGENT);
		assertThat(agent.getSessions().get(0).getMediaType().toString()).isEqualTo("voice");
		assertThat(agent.getSessions().get(0).getRecording()).isTrue();
		assertThat(agent.getSessions().get(0).getSegments()).extracting((s) -> s.getSegmentType().toString())
			.containsExactly("alert", "interact", "wrapup");
		assertThat(agent.getSessions().get(0).getSegments().get(2).getWrapUpCode()).isIn(org.wrapUpCodeIds());
		assertThat(several.getConversations()).extracting(AnalyticsConversationWithoutAttributes::getConversationId)
			.containsExactlyInAnyOrder(a, b);
		assertThat(paged).containsExactly(a, b);
		assertThat(page.getTotalHits()).isEqualTo(2);
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> analytics.postAnalyticsConversationsDetailsQuery(
					new ConversationQuery().interval("2026-11-01T00:00:00Z/2026-11-09T00:00:00Z")))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400));
	}

	@Test
	void runsAnAsyncDetailsJobAndPagesItsResultsByCursor() throws Exception {
		String agent = org.agentUserIds().get(6);
		Instant startedAt = Instant.now().minus(Duration.ofMinutes(20));
		List<String> created = control.createCalls(ORG,
				CallRequest.answeredBy(agent).withCount(3).startedAt(startedAt));
		AnalyticsApi analytics = new AnalyticsApi(sdk);
		AsyncConversationQuery query = new AsyncConversationQuery()
			.interval(startedAt.minusSeconds(1) + "/" + startedAt.plusSeconds(60))
			.segmentFilters(
					List.of(new SegmentDetailQueryFilter().type(SegmentDetailQueryFilter.TypeEnum.AND)
						.predicates(List.of(new SegmentDetailQueryPredicate()
							.dimension(SegmentDetailQueryPredicate.DimensionEnum.USERID)
							.value(agent)))));

		ApiResponse<AsyncQueryResponse> submitted = analytics.postAnalyticsConversationsDetailsJobsWithHttpInfo(query);
		String jobId = submitted.getBody().getJobId();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> analytics.getAnalyticsConversationsDetailsJob(jobId).getState(),
					(state) -> state == AsyncQueryStatus.StateEnum.FULFILLED);
		List<String> found = new ArrayList<>();
		String cursor = null;
		do {
			AnalyticsConversationAsyncQueryResponse results = analytics
				.getAnalyticsConversationsDetailsJobResults(jobId, cursor, 2);
			results.getConversations().forEach((c) -> found.add(c.getConversationId()));
			cursor = results.getCursor();
		}
		while (cursor != null);
		var availability = analytics.getAnalyticsConversationsDetailsJobsAvailability();

		assertThat(submitted.getStatusCode()).isEqualTo(202);
		assertThat(found).containsExactlyInAnyOrderElementsOf(created);
		assertThat(availability.getDataAvailabilityDate()).isAfter(java.util.Date.from(startedAt));
	}

	@Test
	void answers202WhileTranscodingThenServesAWavMatchingGroundTruth() throws Exception {
		String orgId = "fidelity-transcoding";
		OrganizationState slow = control.putOrganization(orgId,
				OrganizationScenario.of(orgId + "-client", "secret", "Agents", 1)
					.withLags(Duration.ZERO, Duration.ofSeconds(4)));
		ApiClient slowSdk = SimulatorClients.sdk(genesys.baseUrl(),
				SimulatorClients.token(genesys.baseUrl(), orgId + "-client", "secret"));
		String conversationId = control
			.createCalls(orgId,
					CallRequest.answeredBy(slow.agentUserIds().get(0))
						.withRecording(1, "AVAILABLE", 2, 300_044L)
						.withTiming(Duration.ofMillis(500), Duration.ZERO)
						.startedAt(Instant.now().minusMillis(700)))
			.get(0);
		String recordingId = control.groundTruth(orgId, null, null, true, false)
			.conversations()
			.get(0)
			.recordings()
			.get(0)
			.recordingId();
		RecordingApi recordings = new RecordingApi(slowSdk);

		ApiResponse<List<Recording>> transcoding = recordings.getConversationRecordingsWithHttpInfo(conversationId, 0,
				"WAV", null);
		ApiResponse<Recording> pending = recordings.getConversationRecordingWithHttpInfo(conversationId, recordingId,
				"WAV", null, null, null, null, null, null, null);
		ApiResponse<List<Recording>> ready = await().atMost(Duration.ofSeconds(15))
			.until(() -> recordings.getConversationRecordingsWithHttpInfo(conversationId, 0, "WAV", null),
					(response) -> response.getStatusCode() == 200);
		Recording recording = ready.getBody().get(0);
		var metadata = recordings.getConversationRecordingmetadata(conversationId);
		GroundTruthConversation truth = control.groundTruth(orgId, null, null, true).conversations().get(0);

		assertThat(transcoding.getStatusCode()).isEqualTo(202);
		assertThat(transcoding.getBody()).isNull();
		assertThat(pending.getStatusCode()).isEqualTo(202);
		assertThat(pending.getBody().getMediaUris()).isNull();
		assertThat(pending.getBody().getEstimatedTranscodeTimeMs()).isPositive();
		assertThat(recording.getFileState()).isEqualTo(Recording.FileStateEnum.AVAILABLE);
		assertThat(recording.getStartTime()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
		assertThat(metadata).extracting("id").containsExactly(recording.getId());
		String mediaUri = recording.getMediaUris().get("S").getMediaUri();
		try (Response media = SimulatorClients.HTTP.newCall(new Request.Builder().url(mediaUri).build()).execute()) {
			assertThat(media.code()).isEqualTo(200);
			assertThat(media.header("Content-Length")).isEqualTo("300044");
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(media.body().byteStream(), sha256)) {
				WavHeader header = WavHeader.parse(in.readNBytes(44));
				assertThat(header.riff()).isEqualTo("RIFF");
				assertThat(header.riffSize()).isEqualTo(300_036L);
				assertThat(header.format()).isEqualTo(1);
				assertThat(header.channels()).isEqualTo(2);
				assertThat(header.sampleRate()).isEqualTo(8000);
				assertThat(header.bitsPerSample()).isEqualTo(16);
				assertThat(header.dataSize()).isEqualTo(300_000L);
				in.transferTo(java.io.OutputStream.nullOutputStream());
			}
			assertThat(HexFormat.of().formatHex(sha256.digest())).isEqualTo(truth.recordings().get(0).sha256());
		}
		try (Response forged = SimulatorClients.HTTP
			.newCall(new Request.Builder().url(mediaUri.replaceAll("signature=[0-9a-f]{4}", "signature=0000")).build())
			.execute()) {
			assertThat(forged.code()).isEqualTo(403);
		}
	}

	@Test
	void deliversACallEndedEventThatTheSdkModelReads() throws Exception {
		String agent = org.agentUserIds().get(5);
		NotificationsApi notifications = new NotificationsApi(sdk);
		Channel channel = notifications.postNotificationsChannels();
		notifications.putNotificationsChannelSubscriptions(channel.getId(),
				List.of(topic("v2.users." + agent + ".conversations.calls")), null);
		List<String> frames = new CopyOnWriteArrayList<>();
		WebSocket socket = SimulatorClients.HTTP
			.newWebSocket(new Request.Builder().url(channel.getConnectUri()).build(), new WebSocketListener() {
				@Override
				public void onMessage(WebSocket webSocket, String text) {
					frames.add(text);
				}
			});
		try {
			await().until(() -> control.channels(ORG).stream().anyMatch((c) -> c.connected()));
			String conversationId = control
				.createCalls(ORG,
						CallRequest.answeredBy(agent).withTiming(Duration.ofMillis(600), Duration.ofMillis(200)))
				.get(0);

			ConversationCallEventTopicCallMediaParticipant ended = await().atMost(Duration.ofSeconds(15))
				.until(() -> endedParticipant(frames, conversationId, agent), java.util.Objects::nonNull);

			assertThat(ended.getPurpose()).isEqualTo("agent");
			assertThat(ended.getDisconnectType())
				.isEqualTo(ConversationCallEventTopicCallMediaParticipant.DisconnectTypeEnum.PEER);
			assertThat(ended.getEndTime()).isNotNull();
			assertThat(ended.getQueue().getId()).isEqualTo(org.queueId());
		}
		finally {
			socket.close(1000, "done");
		}
	}

	private static ConversationCallEventTopicCallMediaParticipant endedParticipant(List<String> frames,
			String conversationId, String agent) throws Exception {
		for (String frame : frames) {
			JsonNode json = sdk.getObjectMapper().readTree(frame);
			if (!json.path("topicName").asText().endsWith(".conversations.calls")) {
				continue;
			}
			assertThat(json.path("version").asText()).isEqualTo("2");
			assertThat(json.path("metadata").path("CorrelationId").asText()).isNotEmpty();
			ConversationCallEventTopicCallConversation body = sdk.getObjectMapper()
				.treeToValue(json.get("eventBody"), ConversationCallEventTopicCallConversation.class);
			if (!conversationId.equals(body.getId())) {
				continue;
			}
			for (ConversationCallEventTopicCallMediaParticipant participant : body.getParticipants()) {
				if (participant.getUser() != null && agent.equals(participant.getUser().getId()) && participant
					.getState() == ConversationCallEventTopicCallMediaParticipant.StateEnum.DISCONNECTED) {
					return participant;
				}
			}
		}
		return null;
	}

	private static ChannelTopic topic(String id) {
		return new ChannelTopic().id(id);
	}

	private static ConversationQuery userQuery(List<String> userIds, int pageNumber) {
		// from yesterday: the calls start half an hour ago, which is yesterday just after
		// midnight UTC
		String yesterday = Instant.now()
			.truncatedTo(java.time.temporal.ChronoUnit.DAYS)
			.minus(Duration.ofDays(1))
			.toString();
		String tomorrow = Instant.now()
			.truncatedTo(java.time.temporal.ChronoUnit.DAYS)
			.plus(Duration.ofDays(1))
			.toString();
		List<SegmentDetailQueryPredicate> users = userIds.stream()
			.map((id) -> new SegmentDetailQueryPredicate().dimension(SegmentDetailQueryPredicate.DimensionEnum.USERID)
				.value(id))
			.toList();
		return new ConversationQuery().interval(yesterday + "/" + tomorrow)
			.order(ConversationQuery.OrderEnum.ASC)
			.orderBy(ConversationQuery.OrderByEnum.CONVERSATIONSTART)
			.paging(new PagingSpec().pageSize(1).pageNumber(pageNumber))
			.segmentFilters(List.of(new SegmentDetailQueryFilter().type(SegmentDetailQueryFilter.TypeEnum.AND)
				.predicates(List
					.of(new SegmentDetailQueryPredicate().dimension(SegmentDetailQueryPredicate.DimensionEnum.MEDIATYPE)
						.value("voice")))
				.clauses(List
					.of(new SegmentDetailQueryClause().type(SegmentDetailQueryClause.TypeEnum.OR).predicates(users)))))
			.conversationFilters(
					List.of(new ConversationDetailQueryFilter().type(ConversationDetailQueryFilter.TypeEnum.AND)
						.predicates(List.of(new ConversationDetailQueryPredicate()
							.dimension(ConversationDetailQueryPredicate.DimensionEnum.CONVERSATIONEND)
							.operator(ConversationDetailQueryPredicate.OperatorEnum.EXISTS)))));
	}

}
