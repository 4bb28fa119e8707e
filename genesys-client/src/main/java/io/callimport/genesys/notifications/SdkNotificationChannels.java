package io.callimport.genesys.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.mypurecloud.sdk.v2.model.Channel;
import com.mypurecloud.sdk.v2.model.ChannelEntityListing;
import com.mypurecloud.sdk.v2.model.ChannelTopic;
import com.mypurecloud.sdk.v2.model.ChannelTopicEntityListing;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailureKind;

/**
 * The {@link NotificationChannels} on the SDK's notifications API.
 */
final class SdkNotificationChannels implements NotificationChannels {

	@Override
	public NotificationChannel create(GenesysClient client) {
		Channel channel = client.call(() -> client.notifications().postNotificationsChannels());
		if (channel.getId() == null || channel.getConnectUri() == null) {
			throw new IllegalStateException("Genesys created a channel without id or connectUri");
		}
		Instant expires = (channel.getExpires() != null) ? channel.getExpires().toInstant() : null;
		return new NotificationChannel(channel.getId(), channel.getConnectUri(), expires);
	}

	@Override
	public List<SubscribedTopic> replaceSubscriptions(GenesysClient client, String channelId, List<String> topics) {
		List<ChannelTopic> body = channelTopics(topics);
		return subscribed(
				client.call(() -> client.notifications().putNotificationsChannelSubscriptions(channelId, body, true)));
	}

	@Override
	public List<SubscribedTopic> addSubscriptions(GenesysClient client, String channelId, List<String> topics) {
		List<ChannelTopic> body = channelTopics(topics);
		return subscribed(
				client.call(() -> client.notifications().postNotificationsChannelSubscriptions(channelId, body, true)));
	}

	private static List<ChannelTopic> channelTopics(List<String> topics) {
		return topics.stream().map((topic) -> new ChannelTopic().id(topic)).toList();
	}

	private static List<SubscribedTopic> subscribed(ChannelTopicEntityListing listing) {
		List<ChannelTopic> entities = (listing.getEntities() != null) ? listing.getEntities() : List.of();
		return entities.stream()
			.map((topic) -> new SubscribedTopic(topic.getId(), topic.getState() == ChannelTopic.StateEnum.REJECTED,
					topic.getRejectionReason()))
			.toList();
	}

	@Override
	public boolean exists(GenesysClient client, String channelId) {
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

	@Override
	public Set<String> channelsOfCurrentToken(GenesysClient client) {
		ChannelEntityListing listing = client.call(() -> client.notifications().getNotificationsChannels("token"));
		List<Channel> channels = (listing.getEntities() != null) ? listing.getEntities() : List.of();
		return channels.stream().map(Channel::getId).filter(Objects::nonNull).collect(Collectors.toSet());
	}

	@Override
	public void deleteSubscriptions(GenesysClient client, String channelId) {
		client.call(() -> {
			client.notifications().deleteNotificationsChannelSubscriptions(channelId);
			return null;
		});
	}

}
