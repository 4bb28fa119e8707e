package io.callimport.simulator.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A notification channel: its subscriptions, expiry and (at most one) open socket.
 */
final class NotificationChannel {

	private final String id;

	private final String organizationId;

	private final String clientId;

	private final String tokenValue;

	private final Instant createdAt;

	private final String connectUri;

	private volatile Instant expires;

	private final Set<String> topics = new LinkedHashSet<>();

	private volatile @Nullable ChannelSocket socket;

	NotificationChannel(String id, String organizationId, String clientId, String tokenValue, Instant createdAt,
			Instant expires, String connectUri) {
		this.id = id;
		this.organizationId = organizationId;
		this.clientId = clientId;
		this.tokenValue = tokenValue;
		this.createdAt = createdAt;
		this.expires = expires;
		this.connectUri = connectUri;
	}

	String id() {
		return this.id;
	}

	String organizationId() {
		return this.organizationId;
	}

	String clientId() {
		return this.clientId;
	}

	String tokenValue() {
		return this.tokenValue;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	String connectUri() {
		return this.connectUri;
	}

	Instant expires() {
		return this.expires;
	}

	void extendTo(Instant expires) {
		this.expires = expires;
	}

	synchronized List<String> topics() {
		return new ArrayList<>(this.topics);
	}

	synchronized boolean isSubscribed(String topic) {
		return this.topics.contains(topic);
	}

	/** Replaces or extends the topics, unless the result would exceed {@code limit}. */
	synchronized void subscribe(List<String> newTopics, boolean replace, int limit) {
		Set<String> next = new LinkedHashSet<>(replace ? Set.of() : this.topics);
		next.addAll(newTopics);
		if (next.size() > limit) {
			throw new TopicLimitExceededException(next.size(), limit);
		}
		this.topics.clear();
		this.topics.addAll(next);
	}

	synchronized void unsubscribeAll() {
		this.topics.clear();
	}

	@Nullable ChannelSocket socket() {
		return this.socket;
	}

	/** Attaches a socket and returns the one it replaces. */
	synchronized @Nullable ChannelSocket attach(ChannelSocket socket) {
		ChannelSocket previous = this.socket;
		this.socket = socket;
		return previous;
	}

	synchronized void detach(ChannelSocket socket) {
		if (this.socket == socket) {
			this.socket = null;
		}
	}

	static final class TopicLimitExceededException extends RuntimeException {

		TopicLimitExceededException(int requested, int limit) {
			super("The number of topics (" + requested + ") exceeds the maximum of " + limit + " topics per channel.");
		}

	}

}
