package io.callimport.producer.notification;

import java.time.Clock;

import io.callimport.genesys.GenesysClient;

/**
 * What every part of one notification session shares.
 *
 * @param client the tenant's Genesys client
 * @param registrar channel and subscription requests
 * @param frames where received frames go
 * @param metrics reconnect counts
 * @param properties timings and limits
 * @param wake wakes the supervisor after a socket changed state
 * @param clock the clock
 */
record SessionContext(GenesysClient client, ChannelRegistrar registrar, NotificationFrames frames,
		SocketMetrics metrics, NotificationProperties properties, Runnable wake, Clock clock) {
}
