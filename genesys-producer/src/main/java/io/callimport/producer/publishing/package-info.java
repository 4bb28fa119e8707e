/**
 * Publishing {@code ConversationEnded}: every message is written to the PostgreSQL outbox
 * first (with the de-duplication row, in one transaction) and a relay publishes it with
 * publisher confirms right after, or later when the broker was not available.
 */
@NullMarked
package io.callimport.producer.publishing;

import org.jspecify.annotations.NullMarked;
