package io.callimport.producer.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.failure.GenesysException;
import io.callimport.genesys.failure.GenesysFailure;
import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.notifications.NotificationChannel;
import io.callimport.genesys.notifications.NotificationChannels;
import io.callimport.genesys.notifications.SubscribedTopic;

/**
 * Channels kept in memory; every subscription request is recorded, and topics listed in
 * {@link #rejected} are answered as rejected.
 */
final class FakeNotificationChannels implements NotificationChannels {

	final Map<String, List<String>> subscriptions = new HashMap<>();

	final List<String> requests = new ArrayList<>();

	final Set<String> rejected = new HashSet<>();

	@Nullable Instant expires;

	boolean failReleases;

	@Override
	public NotificationChannel create(GenesysClient client) {
		String id = "channel-" + (this.subscriptions.size() + 1);
		this.subscriptions.put(id, new ArrayList<>());
		this.requests.add("create " + id);
		return new NotificationChannel(id, "wss://streaming.example/" + id, this.expires);
	}

	@Override
	public List<SubscribedTopic> replaceSubscriptions(GenesysClient client, String channelId, List<String> topics) {
		this.requests.add("replace " + topics.size());
		channel(channelId).clear();
		return addTopics(channelId, topics);
	}

	@Override
	public List<SubscribedTopic> addSubscriptions(GenesysClient client, String channelId, List<String> topics) {
		this.requests.add("add " + topics.size());
		return addTopics(channelId, topics);
	}

	private List<SubscribedTopic> addTopics(String channelId, List<String> topics) {
		channel(channelId).addAll(topics);
		return topics.stream()
			.map((topic) -> new SubscribedTopic(topic, this.rejected.contains(topic),
					this.rejected.contains(topic) ? "no such user" : null))
			.toList();
	}

	@Override
	public boolean exists(GenesysClient client, String channelId) {
		return this.subscriptions.containsKey(channelId);
	}

	@Override
	public Set<String> channelsOfCurrentToken(GenesysClient client) {
		return Set.copyOf(this.subscriptions.keySet());
	}

	@Override
	public void deleteSubscriptions(GenesysClient client, String channelId) {
		if (this.failReleases) {
			throw new GenesysException(
					new GenesysFailure(GenesysFailureKind.TRANSIENT, 503, null, null, null, "unavailable", null));
		}
		channel(channelId).clear();
	}

	private List<String> channel(String channelId) {
		List<String> topics = this.subscriptions.get(channelId);
		if (topics == null) {
			throw new GenesysException(
					new GenesysFailure(GenesysFailureKind.NOT_FOUND, 404, null, null, null, "no channel", null));
		}
		return topics;
	}

}
