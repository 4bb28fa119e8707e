package io.callimport.producer.notification;

import java.util.Set;

/**
 * The channels of the client's current access token, as listed at one moment. A
 * connection opened before that moment whose channel is not listed belongs to an older
 * token and is due for renewal.
 */
record TokenChannels(Set<String> channelIds, long listedNanos) {

	boolean disowns(ChannelConnection connection) {
		return connection.createdNanos() - this.listedNanos < 0 && !this.channelIds.contains(connection.channelId());
	}

}
