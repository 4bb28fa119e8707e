/**
 * Call-end detection: the websocket frames read, a group agent's ended call turned into
 * exactly one {@code ConversationEnded} per conversation.
 */
@NullMarked
package io.callimport.producer.detection;

import org.jspecify.annotations.NullMarked;
