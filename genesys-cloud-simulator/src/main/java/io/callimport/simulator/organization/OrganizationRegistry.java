package io.callimport.simulator.organization;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.callimport.simulator.control.OAuthClientCredentials;
import io.callimport.simulator.control.OrganizationScenario;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every simulated organisation, by id. OAuth client ids are unique across organisations
 * (the login finds the organisation by client id).
 */
@Component
public class OrganizationRegistry {

	private final Map<String, SimulatedOrganization> organizations = new ConcurrentHashMap<>();

	private final Map<String, Integer> incarnations = new ConcurrentHashMap<>();

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OrganizationRegistry(Clock clock, ApplicationEventPublisher events) {
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Creates or replaces an organisation; a replaced one loses all its state, and its
	 * successor's ids never repeat its own (they derive from seed, id and how often the
	 * id was created in this simulator).
	 */
	public synchronized SimulatedOrganization put(String orgId, OrganizationScenario scenario) {
		for (OAuthClientCredentials client : scenario.clients()) {
			Optional<SimulatedOrganization> owner = byClientId(client.clientId());
			if (owner.isPresent() && !owner.get().id().equals(orgId)) {
				throw new IllegalStateException(
						"OAuth client " + client.clientId() + " already belongs to organization " + owner.get().id());
			}
		}
		remove(orgId);
		int incarnation = this.incarnations.merge(orgId, 1, Integer::sum) - 1;
		SimulatedOrganization organization = new SimulatedOrganization(orgId, scenario, incarnation,
				this.clock.instant());
		this.organizations.put(orgId, organization);
		return organization;
	}

	public synchronized boolean remove(String orgId) {
		SimulatedOrganization removed = this.organizations.remove(orgId);
		if (removed != null) {
			this.events.publishEvent(new OrganizationRemoved(orgId));
		}
		return removed != null;
	}

	public Optional<SimulatedOrganization> find(String orgId) {
		return Optional.ofNullable(this.organizations.get(orgId));
	}

	public Optional<SimulatedOrganization> byClientId(String clientId) {
		return this.organizations.values().stream().filter((org) -> org.client(clientId).isPresent()).findFirst();
	}

	public Collection<SimulatedOrganization> all() {
		return this.organizations.values();
	}

}
