/**
 * The notification session: channels created and subscribed in batches, one OkHttp
 * websocket per channel, a watchdog, make-before-break renewal and reconnects with
 * backoff.
 */
@NullMarked
package io.callimport.producer.notification;

import org.jspecify.annotations.NullMarked;
