package io.callimport.simulator.installation;

import java.util.List;

import io.callimport.simulator.organization.SimulatedOrganization;

/**
 * Reads an organisation's {@link InstalledObjects}.
 */
final class InstalledObjectsView {

	private InstalledObjectsView() {
	}

	static InstalledObjects of(SimulatedOrganization org) {
		List<InstalledObjects.Role> roles = org.roles()
			.all()
			.stream()
			.filter((role) -> !role.seeded())
			.map((role) -> new InstalledObjects.Role(role.id(), role.name(), role.permissions(),
					org.roles().holders(role.id())))
			.toList();
		List<InstalledObjects.OAuthClient> clients = org.oauthClients()
			.all()
			.stream()
			.map((client) -> new InstalledObjects.OAuthClient(client.id(), client.name(), client.grantType(),
					client.roleIds(), client.createdByUserId()))
			.toList();
		List<InstalledObjects.Group> groups = org.directory()
			.createdGroups()
			.stream()
			.map((group) -> new InstalledObjects.Group(group.id(), group.name(), group.memberIds()))
			.toList();
		List<InstalledObjects.Integration> integrations = org.integrations()
			.all()
			.stream()
			.map((integration) -> new InstalledObjects.Integration(integration.id(), integration.integrationTypeId(),
					integration.name(), integration.configVersion(), integration.notes()))
			.toList();
		return new InstalledObjects(org.id(), roles, clients, groups, integrations);
	}

}
