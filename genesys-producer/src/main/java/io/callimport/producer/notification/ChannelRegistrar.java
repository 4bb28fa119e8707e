package io.callimport.producer.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.notifications.NotificationChannel;
import io.callimport.genesys.notifications.NotificationChannels;
import io.callimport.genesys.notifications.SubscribedTopic;

/**
 * The REST side of notification channels: create one, subscribe its topics in batches
 * (the first request replaces the list, the others add to it: one request per batch,
 * never one per agent), probe whether it still exists, list the current token's channels.
 */
@Component
class ChannelRegistrar {

	private static final Logger log = LoggerFactory.getLogger(ChannelRegistrar.class);

	private final NotificationChannels channels;

	ChannelRegistrar(NotificationChannels channels) {
		this.channels = channels;
	}

	/** The per-user call topic. */
	static String topic(String userId) {
		return "v2.users." + userId + ".conversations.calls";
	}

	/** A new channel with the topics of these users subscribed, not yet connected. */
	ChannelConnection open(SessionContext context, Set<String> userIds) {
		NotificationChannel channel = this.channels.create(context.client());
		subscribe(context, channel.id(), userIds);
		Instant now = context.clock().instant();
		Instant expires = (channel.expires() != null) ? channel.expires() : now.plus(Duration.ofHours(24));
		return new ChannelConnection(new ChannelAddress(channel.id(), channel.connectUri(), now, expires), userIds,
				context);
	}

	/** Makes the channel's subscriptions exactly these users' topics. */
	void subscribe(SessionContext context, String channelId, Set<String> userIds) {
		GenesysClient client = context.client();
		List<String> topics = userIds.stream().sorted().map(ChannelRegistrar::topic).toList();
		int batch = context.properties().subscribeBatchSize();
		warnRejected(channelId, this.channels.replaceSubscriptions(client, channelId,
				new ArrayList<>(topics.subList(0, Math.min(batch, topics.size())))));
		for (int from = batch; from < topics.size(); from += batch) {
			warnRejected(channelId, this.channels.addSubscriptions(client, channelId,
					new ArrayList<>(topics.subList(from, Math.min(from + batch, topics.size())))));
		}
		log.debug("Channel {} subscribed to {} topic(s) in {} request(s)", channelId, topics.size(),
				Math.max(1, (topics.size() + batch - 1) / batch));
	}

	private static void warnRejected(String channelId, List<SubscribedTopic> topics) {
		topics.stream()
			.filter(SubscribedTopic::rejected)
			.forEach((topic) -> log.warn("Genesys rejected topic {} on channel {}: {}", topic.topic(), channelId,
					topic.rejectionReason()));
	}

	/** Whether the channel still exists ({@code HEAD}: 404 once it is gone). */
	boolean exists(GenesysClient client, String channelId) {
		return this.channels.exists(client, channelId);
	}

	/** The ids of the channels that belong to the client's current token. */
	Set<String> channelsOfCurrentToken(GenesysClient client) {
		return this.channels.channelsOfCurrentToken(client);
	}

	/**
	 * Removes a replaced channel's subscriptions so it is not kept alive; best effort (it
	 * expires anyway).
	 */
	void release(GenesysClient client, String channelId) {
		try {
			this.channels.deleteSubscriptions(client, channelId);
		}
		catch (GenesysException ex) {
			log.debug("Releasing channel {} failed: {}", channelId, ex.getMessage());
		}
	}

}
