package io.callimport.consumer.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The columns of a call row, as an analyst needs them.
 *
 * @param callId derived from tenant and conversation
 * @param tenantId the tenant
 * @param conversationId the Genesys conversation
 * @param agentUserId the tenant's agent who handled the call
 * @param agentUserIds every group agent who took part, in order of joining
 * @param ani the customer's address
 * @param dnis the dialled address
 * @param direction inbound or outbound
 * @param startedAt conversation start
 * @param endedAt conversation end
 * @param durationMs end minus start
 * @param queueIds queues the call went through
 * @param wrapUpCodes wrap-up codes the agents chose
 * @param disconnectType how the customer's leg ended, e.g. {@code endpoint}
 * @param divisionIds the conversation's divisions
 * @param detailsJson the raw analytics details
 */
record CallMetadata(UUID callId, String tenantId, String conversationId, @Nullable String agentUserId,
		List<String> agentUserIds, @Nullable String ani, @Nullable String dnis, @Nullable String direction,
		Instant startedAt, Instant endedAt, long durationMs, List<String> queueIds, List<String> wrapUpCodes,
		@Nullable String disconnectType, List<String> divisionIds, String detailsJson) {

	/** Without NUL characters, which PostgreSQL cannot store. */
	CallMetadata {
		agentUserId = NulText.strip(agentUserId);
		agentUserIds = NulText.strip(agentUserIds);
		ani = NulText.strip(ani);
		dnis = NulText.strip(dnis);
		direction = NulText.strip(direction);
		queueIds = NulText.strip(queueIds);
		wrapUpCodes = NulText.strip(wrapUpCodes);
		disconnectType = NulText.strip(disconnectType);
		divisionIds = NulText.strip(divisionIds);
		detailsJson = NulText.stripJson(detailsJson);
	}

}
