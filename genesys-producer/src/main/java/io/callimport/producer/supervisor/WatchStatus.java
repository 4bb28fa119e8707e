package io.callimport.producer.supervisor;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the supervisor last saw, for the readiness check.
 *
 * @param role what this replica does for its tenant
 * @param live whether every channel has a live socket
 * @param channels notification channels held
 * @param agents active agents watched
 * @param lastFrameAt the last frame received on any channel
 */
record WatchStatus(Role role, boolean live, int channels, int agents, @Nullable Instant lastFrameAt) {

	static final WatchStatus STARTING = new WatchStatus(Role.STARTING, false, 0, 0, null);

	enum Role {

		/** Before the first leadership check. */
		STARTING,

		/** Another replica holds the socket; this one waits to take over. */
		STANDBY,

		/** This replica holds the lease but the tenant has no Genesys settings yet. */
		UNCONFIGURED,

		/** This replica holds the socket. */
		ACTIVE

	}

}
