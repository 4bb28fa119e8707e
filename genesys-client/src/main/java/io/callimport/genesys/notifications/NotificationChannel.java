package io.callimport.genesys.notifications;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A notification channel Genesys created.
 *
 * @param id the channel id
 * @param connectUri the websocket to open for its events
 * @param expires when Genesys drops it unless it is renewed, if Genesys said
 */
public record NotificationChannel(String id, String connectUri, @Nullable Instant expires) {
}
