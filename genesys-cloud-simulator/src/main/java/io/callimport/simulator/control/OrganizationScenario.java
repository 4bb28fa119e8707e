package io.callimport.simulator.control;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What {@code PUT /simulator/organizations/{orgId}} creates. Only {@code clients} and
 * {@code group} are required; every other field has the Genesys default (limits) or a
 * test-friendly one (lags).
 *
 * @param name organisation name (default: the id)
 * @param clients OAuth clients (client credentials)
 * @param group the group of agents, its members created as users
 * @param usersOutsideGroup users created outside the group
 * @param extraGroups further groups without members (for paging through groups)
 * @param seed seed of ids and random traffic: the same scenario and seed give the same
 * users and calls
 * @param tokenLifetime access token lifetime (Genesys default 24 h)
 * @param channelLifetime notification channel lifetime (24 h), extended by subscribing
 * @param heartbeatInterval websocket heartbeat interval (30 s)
 * @param topicsPerChannel subscription limit per channel (1000)
 * @param channelsPerClient channel limit per OAuth client (20; one more evicts the
 * oldest)
 * @param requestsPerMinute API rate limit per window (300)
 * @param analyticsLag how far analytics lags the conversations (1 s)
 * @param recordingReadyAfter transcoding time after the call ends (1 s)
 * @param mediaUriLifetime validity of pre-signed media URIs (1 h)
 * @param traffic random traffic for {@code traffic/start}
 * @param rateLimitScope whether {@code requestsPerMinute} counts per token (default, as
 * Genesys documents) or per OAuth client, all its tokens sharing one window
 * @param batchProcessingTime how long a recording batch request takes to produce all its
 * results (0.2 s; Genesys takes seconds): they appear one by one over this time
 */
public record OrganizationScenario(String name, List<OAuthClientCredentials> clients, GroupScenario group,
		Integer usersOutsideGroup, Integer extraGroups, Long seed, Duration tokenLifetime, Duration channelLifetime,
		Duration heartbeatInterval, Integer topicsPerChannel, Integer channelsPerClient, Integer requestsPerMinute,
		Duration analyticsLag, Duration recordingReadyAfter, Duration mediaUriLifetime, TrafficScenario traffic,
		RateLimitScope rateLimitScope, Duration batchProcessingTime) {

	public OrganizationScenario {
		name = (name != null) ? name : "";
		if (clients == null || clients.isEmpty()) {
			throw new IllegalArgumentException("clients must name at least one OAuth client");
		}
		clients = List.copyOf(clients);
		if (group == null) {
			throw new IllegalArgumentException("group is required");
		}
		usersOutsideGroup = Scenarios.atLeast(usersOutsideGroup, 0, 0, "usersOutsideGroup");
		extraGroups = Scenarios.atLeast(extraGroups, 0, 0, "extraGroups");
		seed = (seed != null) ? seed : 42L;
		tokenLifetime = Scenarios.positive(tokenLifetime, Duration.ofHours(24), "tokenLifetime");
		channelLifetime = Scenarios.positive(channelLifetime, Duration.ofHours(24), "channelLifetime");
		heartbeatInterval = Scenarios.positive(heartbeatInterval, Duration.ofSeconds(30), "heartbeatInterval");
		topicsPerChannel = Scenarios.atLeast(topicsPerChannel, 1000, 1, "topicsPerChannel");
		channelsPerClient = Scenarios.atLeast(channelsPerClient, 20, 1, "channelsPerClient");
		requestsPerMinute = Scenarios.atLeast(requestsPerMinute, 300, 1, "requestsPerMinute");
		analyticsLag = Scenarios.notNegative(analyticsLag, Duration.ofSeconds(1), "analyticsLag");
		recordingReadyAfter = Scenarios.notNegative(recordingReadyAfter, Duration.ofSeconds(1), "recordingReadyAfter");
		mediaUriLifetime = Scenarios.positive(mediaUriLifetime, Duration.ofHours(1), "mediaUriLifetime");
		traffic = (traffic != null) ? traffic : TrafficScenario.defaults();
		rateLimitScope = (rateLimitScope != null) ? rateLimitScope : RateLimitScope.TOKEN;
		batchProcessingTime = Scenarios.notNegative(batchProcessingTime, Duration.ofMillis(200), "batchProcessingTime");
	}

	/** A scenario with the defaults for every setting added since these. */
	public OrganizationScenario(String name, List<OAuthClientCredentials> clients, GroupScenario group,
			Integer usersOutsideGroup, Integer extraGroups, Long seed, Duration tokenLifetime, Duration channelLifetime,
			Duration heartbeatInterval, Integer topicsPerChannel, Integer channelsPerClient, Integer requestsPerMinute,
			Duration analyticsLag, Duration recordingReadyAfter, Duration mediaUriLifetime, TrafficScenario traffic) {
		this(name, clients, group, usersOutsideGroup, extraGroups, seed, tokenLifetime, channelLifetime,
				heartbeatInterval, topicsPerChannel, channelsPerClient, requestsPerMinute, analyticsLag,
				recordingReadyAfter, mediaUriLifetime, traffic, null, null);
	}

	/** One client, one group of {@code agents}; everything else by default. */
	public static OrganizationScenario of(String clientId, String clientSecret, String groupName, int agents) {
		return new OrganizationScenario(null, List.of(new OAuthClientCredentials(clientId, clientSecret)),
				GroupScenario.of(groupName, agents), null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null);
	}

	public OrganizationScenario withName(String name) {
		return new OrganizationScenario(name, this.clients, this.group, this.usersOutsideGroup, this.extraGroups,
				this.seed, this.tokenLifetime, this.channelLifetime, this.heartbeatInterval, this.topicsPerChannel,
				this.channelsPerClient, this.requestsPerMinute, this.analyticsLag, this.recordingReadyAfter,
				this.mediaUriLifetime, this.traffic, this.rateLimitScope, this.batchProcessingTime);
	}

	public OrganizationScenario withUsers(int usersOutsideGroup, int extraGroups) {
		return new OrganizationScenario(this.name, this.clients, this.group, usersOutsideGroup, extraGroups, this.seed,
				this.tokenLifetime, this.channelLifetime, this.heartbeatInterval, this.topicsPerChannel,
				this.channelsPerClient, this.requestsPerMinute, this.analyticsLag, this.recordingReadyAfter,
				this.mediaUriLifetime, this.traffic, this.rateLimitScope, this.batchProcessingTime);
	}

	public OrganizationScenario withSeed(long seed) {
		return new OrganizationScenario(this.name, this.clients, this.group, this.usersOutsideGroup, this.extraGroups,
				seed, this.tokenLifetime, this.channelLifetime, this.heartbeatInterval, this.topicsPerChannel,
				this.channelsPerClient, this.requestsPerMinute, this.analyticsLag, this.recordingReadyAfter,
				this.mediaUriLifetime, this.traffic, this.rateLimitScope, this.batchProcessingTime);
	}

	/** Token, channel and heartbeat timing; {@code null} keeps the current value. */
	public OrganizationScenario withLifetimes(@Nullable Duration tokenLifetime, @Nullable Duration channelLifetime,
			@Nullable Duration heartbeatInterval) {
		return new OrganizationScenario(this.name, this.clients, this.group, this.usersOutsideGroup, this.extraGroups,
				this.seed, or(tokenLifetime, this.tokenLifetime), or(channelLifetime, this.channelLifetime),
				or(heartbeatInterval, this.heartbeatInterval), this.topicsPerChannel, this.channelsPerClient,
				this.requestsPerMinute, this.analyticsLag, this.recordingReadyAfter, this.mediaUriLifetime,
				this.traffic, this.rateLimitScope, this.batchProcessingTime);
	}

	/**
	 * Per-channel topics, channels per client and requests per minute (per token, or per
	 * client with {@link #withRateLimitScope}).
	 */
	public OrganizationScenario withLimits(int topicsPerChannel, int channelsPerClient, int requestsPerMinute) {
		return new OrganizationScenario(this.name, this.clients, this.group, this.usersOutsideGroup, this.extraGroups,
				this.seed, this.tokenLifetime, this.channelLifetime, this.heartbeatInterval, topicsPerChannel,
				channelsPerClient, requestsPerMinute, this.analyticsLag, this.recordingReadyAfter,
				this.mediaUriLifetime, this.traffic, this.rateLimitScope, this.batchProcessingTime);
	}

	public OrganizationScenario withLags(Duration analyticsLag, Duration recordingReadyAfter) {
		return new OrganizationScenario(this.name, this.clients, this.group, this.usersOutsideGroup, this.extraGroups,
				this.seed, this.tokenLifetime, this.channelLifetime, this.heartbeatInterval, this.topicsPerChannel,
				this.channelsPerClient, this.requestsPerMinute, analyticsLag, recordingReadyAfter,
				this.mediaUriLifetime, this.traffic, this.rateLimitScope, this.batchProcessingTime);
	}

	/** The same, with OAuth clients of its own (another secret, missing permissions). */
	public OrganizationScenario withClients(List<OAuthClientCredentials> clients) {
		return new OrganizationScenario(this.name, clients, this.group, this.usersOutsideGroup, this.extraGroups,
				this.seed, this.tokenLifetime, this.channelLifetime, this.heartbeatInterval, this.topicsPerChannel,
				this.channelsPerClient, this.requestsPerMinute, this.analyticsLag, this.recordingReadyAfter,
				this.mediaUriLifetime, this.traffic, this.rateLimitScope, this.batchProcessingTime);
	}

	public OrganizationScenario withTraffic(TrafficScenario traffic) {
		return new OrganizationScenario(this.name, this.clients, this.group, this.usersOutsideGroup, this.extraGroups,
				this.seed, this.tokenLifetime, this.channelLifetime, this.heartbeatInterval, this.topicsPerChannel,
				this.channelsPerClient, this.requestsPerMinute, this.analyticsLag, this.recordingReadyAfter,
				this.mediaUriLifetime, traffic, this.rateLimitScope, this.batchProcessingTime);
	}

	public OrganizationScenario withRateLimitScope(RateLimitScope rateLimitScope) {
		return new OrganizationScenario(this.name, this.clients, this.group, this.usersOutsideGroup, this.extraGroups,
				this.seed, this.tokenLifetime, this.channelLifetime, this.heartbeatInterval, this.topicsPerChannel,
				this.channelsPerClient, this.requestsPerMinute, this.analyticsLag, this.recordingReadyAfter,
				this.mediaUriLifetime, this.traffic, rateLimitScope, this.batchProcessingTime);
	}

	public OrganizationScenario withBatchProcessingTime(Duration batchProcessingTime) {
		return new OrganizationScenario(this.name, this.clients, this.group, this.usersOutsideGroup, this.extraGroups,
				this.seed, this.tokenLifetime, this.channelLifetime, this.heartbeatInterval, this.topicsPerChannel,
				this.channelsPerClient, this.requestsPerMinute, this.analyticsLag, this.recordingReadyAfter,
				this.mediaUriLifetime, this.traffic, this.rateLimitScope, batchProcessingTime);
	}

	private static Duration or(@Nullable Duration value, Duration fallback) {
		return (value != null) ? value : fallback;
	}

}
