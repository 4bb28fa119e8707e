package io.callimport.simulator.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * A typed client of the simulator's control API ({@code /simulator/…}) over real HTTP.
 * Every method throws {@link SimulatorControlException} on an error status.
 */
public final class SimulatorControl {

	private final ControlHttp http;

	public SimulatorControl(String baseUrl) {
		this.http = new ControlHttp(baseUrl);
	}

	/**
	 * Creates or replaces an organisation (a replaced one loses calls, tokens, channels).
	 */
	public OrganizationState putOrganization(String orgId, OrganizationScenario scenario) {
		return this.http.call("PUT", org(orgId), scenario, OrganizationState.class);
	}

	public OrganizationState organization(String orgId) {
		return this.http.call("GET", org(orgId), null, OrganizationState.class);
	}

	public List<OrganizationState> organizations() {
		return this.http.call("GET", "/simulator/organizations", null, new TypeReference<List<OrganizationState>>() {
		});
	}

	public void deleteOrganization(String orgId) {
		this.http.call("DELETE", org(orgId), null, Void.class);
	}

	public OrganizationState startTraffic(String orgId) {
		return this.http.call("POST", org(orgId) + "/traffic/start", null, OrganizationState.class);
	}

	public OrganizationState stopTraffic(String orgId) {
		return this.http.call("POST", org(orgId) + "/traffic/stop", null, OrganizationState.class);
	}

	/** Starts explicit calls; returns their conversation ids. */
	public List<String> createCalls(String orgId, CallRequest request) {
		return this.http.call("POST", org(orgId) + "/calls", request, CallsCreated.class).conversationIds();
	}

	/**
	 * Adds existing users and creates {@code create} new members; returns the added ids.
	 */
	public List<String> addGroupMembers(String orgId, List<String> userIds, int create) {
		return this.http
			.call("POST", org(orgId) + "/group/members", new GroupMembersChange(userIds, create),
					GroupMembersChanged.class)
			.added();
	}

	public void removeGroupMember(String orgId, String userId) {
		this.http.call("DELETE", org(orgId) + "/group/members/" + encode(userId), null, Void.class);
	}

	/** The organisation's limits and timings in force. */
	public OrganizationSettings settings(String orgId) {
		return this.http.call("GET", org(orgId) + "/settings", null, OrganizationSettings.class);
	}

	/**
	 * Changes the organisation's limits and timings in place (its users, calls, tokens
	 * and channels stay); {@code null} fields keep their value. Returns those in force.
	 */
	public OrganizationSettings updateSettings(String orgId, OrganizationSettings change) {
		return this.http.call("PATCH", org(orgId) + "/settings", change, OrganizationSettings.class);
	}

	/** Revokes every token of the organisation; returns how many. */
	public int revokeTokens(String orgId) {
		return this.http.call("POST", org(orgId) + "/tokens/revoke", null, ActionResult.class).affected();
	}

	/**
	 * Conversations that ended in [from, to) ({@code null}: unbounded), with the SHA-256
	 * of every recording.
	 */
	public GroundTruth groundTruth(String orgId, @Nullable Instant from, @Nullable Instant to, boolean groupOnly) {
		return groundTruth(orgId, from, to, groupOnly, true);
	}

	public GroundTruth groundTruth(String orgId, @Nullable Instant from, @Nullable Instant to, boolean groupOnly,
			boolean sha256) {
		StringBuilder query = new StringBuilder("?scope=").append(groupOnly ? "group" : "all")
			.append("&sha256=")
			.append(sha256);
		if (from != null) {
			query.append("&from=").append(encode(from.toString()));
		}
		if (to != null) {
			query.append("&to=").append(encode(to.toString()));
		}
		return this.http.call("GET", org(orgId) + "/ground-truth" + query, null, GroundTruth.class);
	}

	public RequestCounts requests() {
		return this.http.call("GET", "/simulator/requests", null, RequestCounts.class);
	}

	public void resetRequests() {
		this.http.call("DELETE", "/simulator/requests", null, Void.class);
	}

	/** The simulator JVM's heap figures. */
	public RuntimeFigures runtime() {
		return this.http.call("GET", "/simulator/runtime", null, RuntimeFigures.class);
	}

	public FaultSettings faults() {
		return this.http.call("GET", "/simulator/faults", null, FaultSettings.class);
	}

	public FaultSettings setFaults(FaultSettings faults) {
		return this.http.call("PUT", "/simulator/faults", faults, FaultSettings.class);
	}

	/** The faults in force for the organisation (its own, else the global ones). */
	public FaultSettings organizationFaults(String orgId) {
		return this.http.call("GET", org(orgId) + "/faults", null, FaultSettings.class);
	}

	public FaultSettings setOrganizationFaults(String orgId, FaultSettings faults) {
		return this.http.call("PUT", org(orgId) + "/faults", faults, FaultSettings.class);
	}

	/** Back to the global faults for this organisation. */
	public void clearOrganizationFaults(String orgId) {
		this.http.call("DELETE", org(orgId) + "/faults", null, Void.class);
	}

	public List<ChannelView> channels(String orgId) {
		return this.http.call("GET", org(orgId) + "/channels", null, new TypeReference<List<ChannelView>>() {
		});
	}

	/**
	 * Drops the organisation's open sockets; abrupt: no close frame. Returns how many.
	 */
	public int disconnectSockets(String orgId, boolean abrupt) {
		return this.http.call("POST", org(orgId) + "/sockets/disconnect?abrupt=" + abrupt, null, ActionResult.class)
			.affected();
	}

	/**
	 * Sends {@code v2.system.socket_closing} on each open socket and closes it after the
	 * delay.
	 */
	public int sendSocketClosing(String orgId, Duration closeAfter) {
		return this.http
			.call("POST", org(orgId) + "/sockets/socket-closing?closeAfter=" + closeAfter, null, ActionResult.class)
			.affected();
	}

	/** Expires every channel of the organisation now. */
	public int expireChannels(String orgId) {
		return this.http.call("POST", org(orgId) + "/channels/expire", null, ActionResult.class).affected();
	}

	private static String org(String orgId) {
		return "/simulator/organizations/" + encode(orgId);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
