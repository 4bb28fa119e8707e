package io.callimport.simulator.control;

import java.time.Instant;
import java.util.List;

/**
 * A notification channel as the control API shows it.
 *
 * @param organizationId owner organisation
 * @param clientId owner OAuth client
 * @param channelId the channel id
 * @param connectUri the websocket URI
 * @param expires when it expires unless resubscribed
 * @param connected whether a socket is open on it
 * @param topics its subscriptions
 */
public record ChannelView(String organizationId, String clientId, String channelId, String connectUri, Instant expires,
		boolean connected, List<String> topics) {
}
