package io.callimport.producer.supervisor;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.callimport.genesys.GenesysClient;
import io.callimport.model.settings.GenesysSettings;
import io.callimport.producer.agent.AgentRoster;
import io.callimport.producer.agent.AgentSync;
import io.callimport.producer.agent.AgentSyncProperties;
import io.callimport.producer.notification.NotificationSession;
import io.callimport.producer.notification.NotificationSessions;
import io.callimport.producer.supervisor.WatchStatus.Role;
import io.callimport.producer.tenant.TenantProperties;

/**
 * The holder's duties, one step at a time on the supervisor thread: follow the settings
 * (a change closes the session and starts over with the new client), sync the agents on
 * schedule, keep the notification session up, and report its liveness to the
 * {@link LivenessTracker}.
 */
@Component
class TenantWatch {

	private static final Logger log = LoggerFactory.getLogger(TenantWatch.class);

	private final SettingsFollower settings;

	private final AgentSync agentSync;

	private final AgentRoster roster;

	private final NotificationSessions sessions;

	private final LivenessTracker liveness;

	private final AgentSyncProperties syncProperties;

	private final TenantProperties tenant;

	private volatile @Nullable NotificationSession session;

	private long nextSync = System.nanoTime();

	TenantWatch(SettingsFollower settings, AgentSync agentSync, AgentRoster roster, NotificationSessions sessions,
			LivenessTracker liveness, AgentSyncProperties syncProperties, TenantProperties tenant) {
		this.settings = settings;
		this.agentSync = agentSync;
		this.roster = roster;
		this.sessions = sessions;
		this.liveness = liveness;
		this.syncProperties = syncProperties;
		this.tenant = tenant;
	}

	/** One step while holding the lease; returns what it saw. */
	WatchStatus step(Runnable wake) {
		if (this.settings.changed()) {
			closeSession("settings_changed");
			this.roster.clear();
			this.nextSync = System.nanoTime();
		}
		GenesysSettings current = this.settings.settings();
		GenesysClient client = this.settings.client();
		if (current == null || client == null) {
			return new WatchStatus(Role.UNCONFIGURED, false, 0, 0, null);
		}
		NotificationSession active = this.session;
		if (active == null) {
			active = this.sessions.open(client, wake);
			this.session = active;
		}
		syncAgentsIfDue(current, client, active);
		active.maintain();
		boolean live = active.isLive();
		this.liveness.observed(live, active.lostSince());
		return new WatchStatus(Role.ACTIVE, live, active.channels(), this.roster.active().size(), active.lastFrameAt());
	}

	private void syncAgentsIfDue(GenesysSettings current, GenesysClient client, NotificationSession active) {
		long now = System.nanoTime();
		if (now - this.nextSync < 0 && this.roster.isKnown()) {
			return;
		}
		try {
			this.agentSync.sync(current, client);
			this.nextSync = now + this.syncProperties.interval().toNanos();
		}
		catch (RuntimeException ex) {
			this.nextSync = now + this.syncProperties.retryInterval().toNanos();
			log.warn("Agent sync of tenant {} failed; trying again in {}: {}", this.tenant.id(),
					this.syncProperties.retryInterval(), ex.getMessage());
			this.agentSync.restoreFromDatabase(this.tenant.id());
		}
		active.assign(this.roster.active());
	}

	/** This replica became the holder. */
	void takeOver(@Nullable Instant previousLastLive) {
		this.settings.checkNow();
		this.liveness.takeOver(previousLastLive);
	}

	/**
	 * Closes the session and forgets the gap (no longer the holder, or shutting down).
	 */
	void release() {
		closeSession("released");
		this.liveness.released();
		this.settings.forget();
	}

	/** Closes every socket now, from any thread. */
	void silence() {
		NotificationSession current = this.session;
		if (current != null) {
			current.silence();
		}
	}

	private void closeSession(String reason) {
		NotificationSession current = this.session;
		if (current == null) {
			return;
		}
		log.info("Closing the notification session of tenant {} ({})", this.tenant.id(), reason);
		this.liveness.sessionClosed(reason, current.isLive());
		current.close();
		this.session = null;
	}

	@Nullable Instant lastLiveAt() {
		return this.liveness.lastLiveAt();
	}

}
