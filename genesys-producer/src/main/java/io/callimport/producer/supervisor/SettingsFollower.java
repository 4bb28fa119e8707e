package io.callimport.producer.supervisor;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import io.callimport.genesys.GenesysClient;
import io.callimport.model.settings.GenesysSettings;
import io.callimport.producer.tenant.TenantGenesys;
import io.callimport.producer.tenant.TenantProperties;

/**
 * Follows the tenant's settings by polling their revision (cheap), so a change saved
 * through any replica is noticed; holds the settings and the Genesys client for them.
 * Supervisor thread only, apart from {@link #checkNow()}.
 */
@Component
class SettingsFollower {

	private static final Logger log = LoggerFactory.getLogger(SettingsFollower.class);

	private final TenantGenesys genesys;

	private final TenantProperties tenant;

	private long revision = -1;

	private @Nullable GenesysSettings settings;

	private @Nullable GenesysClient client;

	private volatile long nextCheck = System.nanoTime();

	SettingsFollower(TenantGenesys genesys, TenantProperties tenant) {
		this.genesys = genesys;
		this.tenant = tenant;
	}

	/** Checks at the next {@link #changed()} (the settings were just saved here). */
	void checkNow() {
		this.nextCheck = System.nanoTime();
	}

	/**
	 * Reloads the settings when their revision changed (or the client was closed);
	 * whether they changed. The database being unavailable keeps the current ones.
	 */
	boolean changed() {
		long now = System.nanoTime();
		if (now - this.nextCheck < 0) {
			return false;
		}
		this.nextCheck = now + this.tenant.settingsPollInterval().toNanos();
		Optional<Long> stored;
		try {
			stored = this.genesys.revision();
		}
		catch (DataAccessException ex) {
			log.warn("Cannot read the settings revision of tenant {}; keeping the current settings: {}",
					this.tenant.id(), ex.getMessage());
			return false;
		}
		GenesysClient current = this.client;
		if (stored.isPresent() && stored.get() == this.revision && current != null && !current.isClosed()) {
			return false;
		}
		GenesysSettings next = stored.flatMap((r) -> this.genesys.settings()).orElse(null);
		boolean changed = this.settings != null || next != null;
		this.settings = next;
		this.client = (next != null) ? this.genesys.client(next) : null;
		this.revision = (next != null) ? next.revision() : -1;
		if (changed && next != null) {
			log.info("Watching tenant {} with settings revision {}", this.tenant.id(), next.revision());
		}
		return changed;
	}

	@Nullable GenesysSettings settings() {
		return this.settings;
	}

	@Nullable GenesysClient client() {
		return this.client;
	}

	/** Forgets the settings, so the next holder period starts from the stored ones. */
	void forget() {
		this.revision = -1;
		this.settings = null;
		this.client = null;
		this.nextCheck = System.nanoTime();
	}

}
