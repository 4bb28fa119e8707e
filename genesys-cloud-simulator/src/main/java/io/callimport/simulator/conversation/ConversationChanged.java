package io.callimport.simulator.conversation;

import java.time.Instant;

/**
 * A live conversation reached one of its change times: its participants' states as of
 * {@code at} are to be announced.
 */
public record ConversationChanged(Conversation conversation, Instant at) {
}
