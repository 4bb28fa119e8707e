package io.callimport.simulator.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A planned conversation: every participant's timeline is fixed when it is created, so
 * events, analytics and ground truth are views of one plan at different instants.
 *
 * @param id the conversation id
 * @param organizationId its organisation
 * @param mediaType {@code voice} or {@code chat}
 * @param start when the customer's call arrived
 * @param end when the customer hung up (the analytics conversationEnd)
 * @param ani caller address
 * @param dnis dialled address
 * @param queueId the queue
 * @param divisionId the division
 * @param legs customer, acd, then agents in order of joining
 * @param recordings its recordings
 * @param historic created in the past, without websocket events
 * @param events frames published and dropped
 */
public record Conversation(String id, String organizationId, String mediaType, Instant start, Instant end, String ani,
		String dnis, String queueId, String divisionId, List<Leg> legs, List<PlannedRecording> recordings,
		boolean historic, EventCounts events) {

	public boolean isVoice() {
		return "voice".equals(this.mediaType);
	}

	public List<Leg> agents() {
		return this.legs.stream().filter(Leg::isAgent).toList();
	}

	public boolean hasEnded(Instant at) {
		return !at.isBefore(this.end);
	}

	/** The end of the last after-call work: nothing changes afterwards. */
	public Instant finishedAt() {
		return this.legs.stream()
			.flatMap((leg) -> Stream.of(leg.endedAt(), leg.wrapUpEndsAt()))
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(this.end);
	}

	/** Every instant at which some participant changes state, in order. */
	public List<Instant> changeTimes() {
		TreeSet<Instant> times = new TreeSet<>();
		for (Leg leg : this.legs) {
			times.add(leg.joinedAt());
			times.add(leg.connectedAt());
			times.add(leg.endedAt());
			if (leg.wrapUpEndsAt() != null) {
				times.add(leg.wrapUpEndsAt());
			}
		}
		return List.copyOf(times);
	}

}
