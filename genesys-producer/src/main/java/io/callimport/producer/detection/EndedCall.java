package io.callimport.producer.detection;

import java.time.Instant;

/**
 * A group agent's part of a call is over.
 *
 * @param conversationId the conversation
 * @param agentUserId the agent whose event said so
 * @param endedAt when the conversation ended, when every participant had; otherwise when
 * the agent's part ended
 */
record EndedCall(String conversationId, String agentUserId, Instant endedAt) {
}
