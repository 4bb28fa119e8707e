package io.callimport.producer.notification;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.callimport.genesys.failure.GenesysException;

/**
 * The notification channels of one tenant with one Genesys client: the agents' topics
 * spread over as few channels as the per-channel limit allows (agents stay on their
 * channel; joiners fill free places first). Only the supervisor thread calls it.
 */
public final class NotificationSession {

	private static final Logger log = LoggerFactory.getLogger(NotificationSession.class);

	private final SessionContext context;

	private final List<ChannelSlot> slots = new CopyOnWriteArrayList<>();

	private long nextTokenCheckNanos = System.nanoTime();

	NotificationSession(SessionContext context) {
		this.context = context;
	}

	/** Makes the session cover exactly these users' call topics. */
	public void assign(Set<String> userIds) {
		Set<String> assigned = new HashSet<>();
		for (ChannelSlot slot : this.slots) {
			slot.userIds().retainAll(userIds);
			assigned.addAll(slot.userIds());
		}
		int limit = this.context.properties().topicsPerChannel();
		userIds.stream()
			.filter((id) -> !assigned.contains(id))
			.sorted()
			.forEach((id) -> slotWithRoom(limit).userIds().add(id));
		List<ChannelSlot> empty = this.slots.stream().filter((slot) -> slot.userIds().isEmpty()).toList();
		for (ChannelSlot slot : empty) {
			if (this.slots.size() > 1) {
				slot.close();
				this.slots.remove(slot);
			}
		}
		if (this.slots.isEmpty()) {
			this.slots.add(new ChannelSlot(this.context));
		}
	}

	private ChannelSlot slotWithRoom(int limit) {
		for (ChannelSlot slot : this.slots) {
			if (slot.userIds().size() < limit) {
				return slot;
			}
		}
		ChannelSlot slot = new ChannelSlot(this.context);
		this.slots.add(slot);
		return slot;
	}

	/** One watchdog step over every channel. */
	public void maintain() {
		TokenChannels tokenChannels = tokenChannelsIfDue();
		for (ChannelSlot slot : List.copyOf(this.slots)) {
			slot.maintain(tokenChannels);
		}
	}

	private @Nullable TokenChannels tokenChannelsIfDue() {
		long now = System.nanoTime();
		if (now - this.nextTokenCheckNanos < 0 || !isLive()) {
			return null;
		}
		this.nextTokenCheckNanos = now + this.context.properties().tokenCheckInterval().toNanos();
		try {
			return new TokenChannels(this.context.registrar().channelsOfCurrentToken(this.context.client()), now);
		}
		catch (GenesysException ex) {
			log.debug("Listing the token's channels failed: {}", ex.getMessage());
			return null;
		}
	}

	/** Whether every channel has a socket that is open and not silent. */
	public boolean isLive() {
		return !this.slots.isEmpty() && this.slots.stream().allMatch(ChannelSlot::isLive);
	}

	/**
	 * The earliest last frame of a channel that has not been live since: from then on
	 * events may have been missed. {@code null} when no channel lost its socket.
	 */
	public @Nullable Instant lostSince() {
		return this.slots.stream()
			.map(ChannelSlot::downSince)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
	}

	/** The last frame received on any channel. */
	public @Nullable Instant lastFrameAt() {
		return this.slots.stream()
			.map(ChannelSlot::lastFrameAt)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	public int channels() {
		return this.slots.size();
	}

	/** The users of each channel, in channel order. */
	List<Set<String>> assignments() {
		return this.slots.stream().map((slot) -> Set.copyOf(slot.userIds())).toList();
	}

	/**
	 * Closes every socket at once without any request; safe from another thread (the
	 * lease was lost while the supervisor is busy). {@link #close()} follows.
	 */
	public void silence() {
		this.slots.forEach(ChannelSlot::silence);
	}

	/** Closes every socket (leadership lost, settings changed, shutdown). */
	public void close() {
		this.slots.forEach(ChannelSlot::close);
		this.slots.clear();
	}

}
