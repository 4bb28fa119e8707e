package io.callimport.simulator.controlserver;

import java.util.List;

import io.callimport.simulator.conversation.ConversationRegistry;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedGroup;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.traffic.TrafficGenerator;
import io.callimport.simulator.web.GenesysApiException;

import org.springframework.stereotype.Component;
import io.callimport.simulator.control.OAuthClientCredentials;
import io.callimport.simulator.control.OrganizationState;

/**
 * Looks organisations up for the control API and reports them.
 */
@Component
class OrganizationStates {

	private final OrganizationRegistry organizations;

	private final ConversationRegistry conversations;

	private final TrafficGenerator traffic;

	OrganizationStates(OrganizationRegistry organizations, ConversationRegistry conversations,
			TrafficGenerator traffic) {
		this.organizations = organizations;
		this.conversations = conversations;
		this.traffic = traffic;
	}

	SimulatedOrganization require(String orgId) {
		return this.organizations.find(orgId).orElseThrow(() -> GenesysApiException.notFound("Organization " + orgId));
	}

	OrganizationState state(SimulatedOrganization org) {
		SimulatedGroup group = org.directory().targetGroup();
		List<String> extraGroups = org.directory()
			.groups()
			.stream()
			.map(SimulatedGroup::id)
			.filter((id) -> !id.equals(org.groupId()))
			.toList();
		List<String> clientIds = org.scenario().clients().stream().map(OAuthClientCredentials::clientId).toList();
		return new OrganizationState(org.id(), org.name(), clientIds, group.id(), group.name(), group.memberIds(),
				org.directory().outsideUserIds(), extraGroups, org.queueId(), org.divisionId(), org.wrapUpCodeIds(),
				this.traffic.isRunning(org.id()), this.conversations.count(org.id()));
	}

}
