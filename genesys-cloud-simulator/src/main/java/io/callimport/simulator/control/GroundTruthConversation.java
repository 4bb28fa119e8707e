package io.callimport.simulator.control;

import java.time.Instant;
import java.util.List;

/**
 * One ended conversation.
 *
 * @param conversationId the Genesys conversation id
 * @param mediaType {@code voice} or {@code chat}
 * @param startedAt conversation start
 * @param endedAt when the customer hung up (the analytics conversationEnd)
 * @param direction {@code inbound}
 * @param ani caller address
 * @param dnis dialled address
 * @param queueId the queue it went through
 * @param divisionId its division
 * @param historic created in the past (no websocket events)
 * @param participants its user participants (agents) in order of joining
 * @param groupAgentUserIds those who were group members when they joined
 * @param recordings its recordings
 * @param eventsPublished websocket event frames written to sockets for it
 * @param eventsDropped event frames the fault settings dropped
 */
public record GroundTruthConversation(String conversationId, String mediaType, Instant startedAt, Instant endedAt,
		String direction, String ani, String dnis, String queueId, String divisionId, boolean historic,
		List<GroundTruthParticipant> participants, List<String> groupAgentUserIds,
		List<GroundTruthRecording> recordings, int eventsPublished, int eventsDropped) {
}
