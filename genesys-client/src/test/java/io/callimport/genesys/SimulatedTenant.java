package io.callimport.genesys;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.callimport.model.settings.ClientSecret;
import io.callimport.simulator.GenesysCloudSimulator;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.OrganizationScenario;
import io.callimport.simulator.control.OrganizationState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.util.unit.DataSize;

/**
 * One simulated organisation and its {@link GenesysClient}, for the gateway tests against
 * the simulator.
 */
public final class SimulatedTenant implements AutoCloseable {

	private final GenesysCloudSimulator simulator;

	private final OrganizationState org;

	private final GenesysClients clients;

	private SimulatedTenant(GenesysCloudSimulator simulator, OrganizationState org, GenesysClients clients) {
		this.simulator = simulator;
		this.org = org;
		this.clients = clients;
	}

	/** A fresh organisation of three agents and a client to it. */
	public static SimulatedTenant start(String orgId) {
		GenesysCloudSimulator simulator = GenesysCloudSimulator.start();
		OrganizationState org = simulator.control()
			.putOrganization(orgId, OrganizationScenario.of(orgId + "-client", orgId + "-secret", "Agents", 3));
		URI url = URI.create(simulator.baseUrl());
		GenesysProperties defaults = GenesysProperties.defaults();
		GenesysProperties properties = new GenesysProperties(url, url, defaults.tokenRenewalMargin(), defaults.budget(),
				defaults.retry(), defaults.timeouts(), defaults.websocket());
		return new SimulatedTenant(simulator, org, new GenesysClients(properties, new SimpleMeterRegistry()));
	}

	public GenesysClient client() {
		return this.clients.forTenant(this.org.organizationId(), credentials());
	}

	/**
	 * A client that refuses API bodies over {@code maxApiBody} (own budget and cache).
	 */
	public GenesysClients clientsWithMaxApiBody(DataSize maxApiBody) {
		URI url = URI.create(this.simulator.baseUrl());
		GenesysProperties defaults = GenesysProperties.defaults();
		return new GenesysClients(
				new GenesysProperties(url, url, defaults.tokenRenewalMargin(), defaults.budget(), defaults.retry(),
						defaults.timeouts(), defaults.websocket())
					.withMaxApiBody(maxApiBody),
				new SimpleMeterRegistry());
	}

	public GenesysCredentials credentials() {
		String clientId = this.org.clientIds().get(0);
		return new GenesysCredentials("mypurecloud.com", clientId,
				new ClientSecret(clientId.replace("-client", "-secret")));
	}

	public OrganizationState org() {
		return this.org;
	}

	public GenesysCloudSimulator simulator() {
		return this.simulator;
	}

	/** Calls that ended an hour ago: analytics and recordings know them at once. */
	public List<String> historicCalls(CallRequest request) {
		return this.simulator.control()
			.createCalls(this.org.organizationId(), request.startedAt(Instant.now().minus(Duration.ofHours(1))));
	}

	public String agent(int index) {
		return this.org.agentUserIds().get(index);
	}

	@Override
	public void close() {
		this.clients.close();
		this.simulator.close();
	}

}
