package io.callimport.genesys.notifications;

import org.jspecify.annotations.Nullable;

/**
 * A topic of a channel's subscriptions as Genesys answered a subscription request.
 *
 * @param topic the topic, e.g. {@code v2.users.<id>.conversations.calls}
 * @param rejected whether Genesys refused it
 * @param rejectionReason why, when it did
 */
public record SubscribedTopic(@Nullable String topic, boolean rejected, @Nullable String rejectionReason) {
}
