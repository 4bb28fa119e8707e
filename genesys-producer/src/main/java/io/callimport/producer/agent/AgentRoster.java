package io.callimport.producer.agent;

import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The group members whose calls are imported right now, as the last sync left them. Read
 * on every websocket event, so it is an immutable set swapped whole.
 */
@Component
public class AgentRoster {

	private volatile Set<String> active = Set.of();

	private volatile boolean known;

	public boolean isActive(String userId) {
		return this.active.contains(userId);
	}

	public Set<String> active() {
		return this.active;
	}

	/** Whether a sync has succeeded since start (or since the settings changed). */
	public boolean isKnown() {
		return this.known;
	}

	void replace(Set<String> userIds) {
		this.active = Set.copyOf(userIds);
		this.known = true;
	}

	/** Forgets the roster, e.g. when the settings (and so perhaps the group) changed. */
	public void clear() {
		this.active = Set.of();
		this.known = false;
	}

}
