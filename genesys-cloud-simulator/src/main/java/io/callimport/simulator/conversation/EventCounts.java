package io.callimport.simulator.conversation;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Websocket event frames of one conversation: written to sockets, or dropped by a fault.
 */
public final class EventCounts {

	private final AtomicInteger published = new AtomicInteger();

	private final AtomicInteger dropped = new AtomicInteger();

	public void published() {
		this.published.incrementAndGet();
	}

	public void dropped() {
		this.dropped.incrementAndGet();
	}

	public int publishedCount() {
		return this.published.get();
	}

	public int droppedCount() {
		return this.dropped.get();
	}

}
