package io.callimport.producer;

import java.util.UUID;

import io.callimport.simulator.control.OrganizationScenario;
import io.callimport.simulator.control.OrganizationState;
import io.callimport.simulator.control.SimulatorControl;

/**
 * A Genesys organisation on the simulator, set up as the installation wizard would leave
 * it: an OAuth client (with UUID ids, as Genesys has) and the group of agents.
 *
 * @param organizationId the organisation id
 * @param clientId the OAuth client id
 * @param clientSecret its secret
 * @param state what the simulator made
 */
public record SimulatedTenant(String organizationId, String clientId, String clientSecret, OrganizationState state) {

	/** A scenario with a fresh client, the given group and 1 s heartbeats. */
	public static OrganizationScenario scenario(String groupName, int agents, int usersOutsideGroup) {
		return OrganizationScenario
			.of(UUID.randomUUID().toString(), "secret-" + UUID.randomUUID() + "-" + UUID.randomUUID(), groupName,
					agents)
			.withUsers(usersOutsideGroup, 0)
			.withLifetimes(null, null, java.time.Duration.ofSeconds(1))
			.withLimits(1000, 20, 100_000)
			.withSeed(UUID.randomUUID().getMostSignificantBits());
	}

	public static SimulatedTenant create(SimulatorControl simulator, OrganizationScenario scenario) {
		String organizationId = UUID.randomUUID().toString();
		OrganizationState state = simulator.putOrganization(organizationId, scenario);
		return new SimulatedTenant(organizationId, scenario.clients().get(0).clientId(),
				scenario.clients().get(0).clientSecret(), state);
	}

	public String agent(int index) {
		return this.state.agentUserIds().get(index);
	}

	public String outsider(int index) {
		return this.state.outsideUserIds().get(index);
	}

	/** The settings body the wizard would PUT, with the group by id. */
	public String settingsJson() {
		return """
				{"organizationId":"%s","region":"mypurecloud.com","clientId":"%s","clientSecret":"%s","groupId":"%s"}
				""".formatted(this.organizationId, this.clientId, this.clientSecret, this.state.groupId());
	}

	@Override
	public String toString() {
		return "SimulatedTenant[organizationId=" + this.organizationId + ", clientId=" + this.clientId + "]";
	}

}
