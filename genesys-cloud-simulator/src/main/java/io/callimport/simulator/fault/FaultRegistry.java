package io.callimport.simulator.fault;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import io.callimport.simulator.control.FaultSettings;
import io.callimport.simulator.organization.OrganizationRemoved;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The fault settings in force: an organisation's own, or else the global ones.
 */
@Component
public class FaultRegistry {

	private volatile FaultSettings global = FaultSettings.none();

	private final Map<String, FaultSettings> perOrganization = new ConcurrentHashMap<>();

	public FaultSettings global() {
		return this.global;
	}

	public void setGlobal(FaultSettings settings) {
		this.global = settings;
	}

	public Optional<FaultSettings> ofOrganization(String organizationId) {
		return Optional.ofNullable(this.perOrganization.get(organizationId));
	}

	/** Sets an organisation's faults; {@code null} falls back to the global ones. */
	public void setOrganization(String organizationId, @Nullable FaultSettings settings) {
		if (settings == null) {
			this.perOrganization.remove(organizationId);
		}
		else {
			this.perOrganization.put(organizationId, settings);
		}
	}

	public FaultSettings effective(@Nullable String organizationId) {
		FaultSettings own = (organizationId != null) ? this.perOrganization.get(organizationId) : null;
		return (own != null) ? own : this.global;
	}

	/** Whether to drop one websocket event of the organisation now. */
	public boolean dropEvent(String organizationId) {
		return chance(effective(organizationId).eventDropRate());
	}

	public boolean failMedia(String organizationId) {
		return chance(effective(organizationId).mediaErrorRate());
	}

	static boolean chance(double rate) {
		return rate > 0 && ThreadLocalRandom.current().nextDouble() < rate;
	}

	@EventListener
	void on(OrganizationRemoved removed) {
		this.perOrganization.remove(removed.organizationId());
	}

}
