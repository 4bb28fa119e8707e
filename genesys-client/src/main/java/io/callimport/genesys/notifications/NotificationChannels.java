package io.callimport.genesys.notifications;

import java.util.List;
import java.util.Set;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.failure.GenesysException;

/**
 * The REST side of Genesys notification channels. Requests go through the given client
 * (its lane and budget); failures are classified {@link GenesysException}s.
 */
public interface NotificationChannels {

	/** The implementation on the Genesys SDK. */
	static NotificationChannels overSdk() {
		return new SdkNotificationChannels();
	}

	/**
	 * A new channel, no topic subscribed.
	 * @throws IllegalStateException when Genesys answers without an id or connectUri
	 */
	NotificationChannel create(GenesysClient client);

	/**
	 * Makes these topics the channel's only subscriptions (one request).
	 * @return the topics as Genesys answered, rejected ones marked
	 */
	List<SubscribedTopic> replaceSubscriptions(GenesysClient client, String channelId, List<String> topics);

	/**
	 * Adds these topics to the channel's subscriptions (one request).
	 * @return the topics as Genesys answered, rejected ones marked
	 */
	List<SubscribedTopic> addSubscriptions(GenesysClient client, String channelId, List<String> topics);

	/** Whether the channel still exists ({@code HEAD}: 404 once it is gone). */
	boolean exists(GenesysClient client, String channelId);

	/** The ids of the channels that belong to the client's current token. */
	Set<String> channelsOfCurrentToken(GenesysClient client);

	/** Removes every subscription of the channel. */
	void deleteSubscriptions(GenesysClient client, String channelId);

}
