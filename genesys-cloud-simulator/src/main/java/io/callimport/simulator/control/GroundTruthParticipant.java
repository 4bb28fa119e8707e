package io.callimport.simulator.control;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A user (agent) participant of a conversation.
 *
 * @param userId the user
 * @param participantId the participant id in events and analytics
 * @param groupMember whether the user was a member of the group when the call reached
 * them
 * @param connectedAt when they answered
 * @param endedAt when their part ended
 * @param disconnectType {@code transfer} or {@code peer}
 * @param wrapUpCode the wrap-up code id they chose
 */
public record GroundTruthParticipant(String userId, String participantId, boolean groupMember, Instant connectedAt,
		Instant endedAt, String disconnectType, @Nullable String wrapUpCode) {
}
