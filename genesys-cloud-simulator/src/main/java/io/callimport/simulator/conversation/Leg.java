package io.callimport.simulator.conversation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One participant of a conversation and its planned timeline: alerting from
 * {@code joinedAt}, connected from {@code connectedAt}, disconnected from
 * {@code endedAt}, terminated once after-call work ends (agents) .
 *
 * @param participantId the participant id (also its session / communication id prefix)
 * @param sessionId its media session id
 * @param purpose {@code customer}, {@code acd} or {@code agent}
 * @param userId the user of an agent
 * @param name display name
 * @param joinedAt when it joined (alerting for agents)
 * @param connectedAt when it connected
 * @param endedAt when it disconnected
 * @param disconnectType {@code endpoint}, {@code transfer} or {@code peer}
 * @param wrapUpEndsAt end of after-call work (agents only)
 * @param wrapUpCode the wrap-up code chosen (agents only)
 * @param groupMember whether the user was in the group when the call reached them
 */
public record Leg(String participantId, String sessionId, String purpose, @Nullable String userId, String name,
		Instant joinedAt, Instant connectedAt, Instant endedAt, String disconnectType, @Nullable Instant wrapUpEndsAt,
		@Nullable String wrapUpCode, boolean groupMember) {

	public boolean isAgent() {
		return "agent".equals(this.purpose);
	}

	/** The participant's state at {@code at}, or {@code null} before it joined. */
	public @Nullable String stateAt(Instant at) {
		if (at.isBefore(this.joinedAt)) {
			return null;
		}
		if (at.isBefore(this.connectedAt)) {
			return "alerting";
		}
		if (at.isBefore(this.endedAt)) {
			return "connected";
		}
		return (this.wrapUpEndsAt != null && !at.isBefore(this.wrapUpEndsAt)) ? "terminated" : "disconnected";
	}

	/** Whether a time has come, seen from {@code at}. */
	public static boolean reached(@Nullable Instant time, Instant at) {
		return time != null && !at.isBefore(time);
	}

}
