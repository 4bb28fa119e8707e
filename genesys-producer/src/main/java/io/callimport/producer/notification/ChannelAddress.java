package io.callimport.producer.notification;

import java.time.Duration;
import java.time.Instant;

/**
 * A notification channel as Genesys created it.
 *
 * @param id the channel id
 * @param connectUri its websocket URI
 * @param createdAt when it was created
 * @param expires when it expires unless renewed
 */
record ChannelAddress(String id, String connectUri, Instant createdAt, Instant expires) {

	/** When to replace the channel: {@code before} its expiry, at most half its life. */
	Instant renewAt(Duration before) {
		Duration half = Duration.between(this.createdAt, this.expires).dividedBy(2);
		return this.expires.minus((before.compareTo(half) > 0) ? half : before);
	}

}
