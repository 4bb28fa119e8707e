package io.callimport.simulator.control;

import java.util.List;

/**
 * A simulated organisation as the control API reports it (never with client secrets).
 *
 * @param organizationId the Genesys organisation id
 * @param name its name
 * @param clientIds its OAuth client ids
 * @param groupId the id of the scenario's group
 * @param groupName its name
 * @param agentUserIds the group's current members, in creation order
 * @param outsideUserIds users outside the group
 * @param extraGroupIds the other groups
 * @param queueId the queue every call passes through
 * @param divisionId the division of every user and conversation
 * @param wrapUpCodeIds the wrap-up codes agents choose from
 * @param trafficRunning whether random traffic runs
 * @param conversations conversations created so far
 */
public record OrganizationState(String organizationId, String name, List<String> clientIds, String groupId,
		String groupName, List<String> agentUserIds, List<String> outsideUserIds, List<String> extraGroupIds,
		String queueId, String divisionId, List<String> wrapUpCodeIds, boolean trafficRunning, int conversations) {
}
