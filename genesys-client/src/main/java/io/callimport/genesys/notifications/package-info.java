/**
 * Notification channels on the REST side: create one, subscribe its topics, probe and
 * list channels, drop subscriptions. The websocket itself is
 * {@code GenesysClient.openNotificationSocket}.
 */
@NullMarked
package io.callimport.genesys.notifications;

import org.jspecify.annotations.NullMarked;
