package io.callimport.producer.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.mypurecloud.sdk.v2.model.Channel;
import com.mypurecloud.sdk.v2.model.ChannelEntityListing;
import com.mypurecloud.sdk.v2.model.ChannelTopic;
import com.mypurecloud.sdk.v2.model.ChannelTopicEntityListing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailureKind;

/**
 * The REST side of notification channels: create one, subscribe its topics in batches
 * (the first request replaces the list, the others add to it: one request per batch,
 * never one per agent), probe whether it still exists, list the current token's channels.
 */
@Component
class ChannelRegistrar {

	private static final Logger log = LoggerFactory.getLogger(ChannelRegistrar.class);

	/** The per-user call topic. */
	static String topic(String userId) {
		return "v2.users." + userId + ".conversations.calls";
	}

	/** A new channel with the topics of these users subscribed, not yet connected. */
	ChannelConnection open(SessionContext context, Set<String> userIds) {
		GenesysClient client = context.client();
		Channel channel = client.call(() -> client.notifications().postNotificationsChannels());
		if (channel.getId() == null || channel.getConnectUri() == null) {
			throw new IllegalStateException("Genesys created a channel without id or connectUri");
		}
		subscribe(context, channel.getId(), userIds);
		Instant now = context.clock().instant();
		Instant expires = (channel.getExpires() != null) ? channel.getExpires().toInstant()
				: now.plus(Duration.ofHours(24));
		return new ChannelConnection(new ChannelAddress(channel.getId(), channel.getConnectUri(), now, expires),
				userIds, context);
	}

	/** Makes the channel's subscriptions exactly these users' topics. */
	void subscribe(SessionContext context, String channelId, Set<String> userIds) {
		GenesysClient client = context.client();
		List<ChannelTopic> topics = userIds.stream().sorted().map((id) -> new ChannelTopic().id(topic(id))).toList();
		int batch = context.properties().subscribeBatchSize();
		List<ChannelTopic> first = topics.subList(0, Math.min(batch, topics.size()));
		warnRejected(channelId,
				client.call(() -> client.notifications().putNotificationsChannelSubscriptions(channelId, first, true)));
		for (int from = batch; from < topics.size(); from += batch) {
			List<ChannelTopic> next = new ArrayList<>(topics.subList(from, Math.min(from + batch, topics.size())));
			warnRejected(channelId, client
				.call(() -> client.notifications().postNotificationsChannelSubscriptions(channelId, next, true)));
		}
		log.debug("Channel {} subscribed to {} topic(s) in {} request(s)", channelId, topics.size(),
				Math.max(1, (topics.size() + batch - 1) / batch));
	}

	private static void warnRejected(String channelId, ChannelTopicEntityListing listing) {
		List<ChannelTopic> entities = (listing.getEntities() != null) ? listing.getEntities() : List.of();
		entities.stream()
			.filter((topic) -> topic.getState() == ChannelTopic.StateEnum.REJECTED)
			.forEach((topic) -> log.warn("Genesys rejected topic {} on channel {}: {}", topic.getId(), channelId,
					topic.getRejectionReason()));
	}

	/** Whether the channel still exists ({@code HEAD}: 404 once it is gone). */
	boolean exists(GenesysClient client, String channelId) {
		try {
			client.call(() -> {
				client.notifications().headNotificationsChannel(channelId);
				return null;
			});
			return true;
		}
		catch (GenesysException ex) {
			if (ex.kind() == GenesysFailureKind.NOT_FOUND) {
				return false;
			}
			throw ex;
		}
	}

	/** The ids of the channels that belong to the client's current token. */
	Set<String> channelsOfCurrentToken(GenesysClient client) {
		ChannelEntityListing listing = client.call(() -> client.notifications().getNotificationsChannels("token"));
		List<Channel> channels = (listing.getEntities() != null) ? listing.getEntities() : List.of();
		return channels.stream().map(Channel::getId).collect(Collectors.toSet());
	}

	/**
	 * Removes a replaced channel's subscriptions so it is not kept alive; best effort (it
	 * expires anyway).
	 */
	void release(GenesysClient client, String channelId) {
		try {
			client.call(() -> {
				client.notifications().deleteNotificationsChannelSubscriptions(channelId);
				return null;
			});
		}
		catch (GenesysException ex) {
			log.debug("Releasing channel {} failed: {}", channelId, ex.getMessage());
		}
	}

}
