package io.callimport.simulator.control;

import java.time.Instant;
import java.util.List;

/**
 * Every conversation of an organisation that ended in [from, to), as the simulator made
 * it.
 *
 * @param organizationId the organisation
 * @param from start of the window (inclusive, on the end time)
 * @param to end of the window (exclusive)
 * @param scope {@code group}: only conversations a group member (at call time) took part
 * in; {@code all}: every one
 * @param conversations oldest end first
 */
public record GroundTruth(String organizationId, Instant from, Instant to, String scope,
		List<GroundTruthConversation> conversations) {

	public List<String> conversationIds() {
		return this.conversations.stream().map(GroundTruthConversation::conversationId).toList();
	}

}
