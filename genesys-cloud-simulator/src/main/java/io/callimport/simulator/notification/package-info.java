/**
 * Notification channels, subscriptions and the channel websocket.
 */
@NullMarked
package io.callimport.simulator.notification;

import org.jspecify.annotations.NullMarked;
