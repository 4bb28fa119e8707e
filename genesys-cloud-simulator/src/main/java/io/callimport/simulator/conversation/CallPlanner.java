package io.callimport.simulator.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.organization.IdSource;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.organization.SimulatedUser;
import org.jspecify.annotations.Nullable;

/**
 * Plans an inbound ACD call: the customer reaches the queue, the agent is alerted and
 * answers; with a transfer, the first agent leaves half way (disconnectType
 * {@code transfer}) and the second is alerted and answers; the customer hangs up; every
 * agent then does after-call work and picks a wrap-up code.
 */
final class CallPlanner {

	private CallPlanner() {
	}

	static Conversation plan(SimulatedOrganization org, CallRequest request, Instant start) {
		IdSource ids = org.ids();
		Duration duration = request.duration();
		Instant end = start.plus(duration);
		Duration ring = min(duration.dividedBy(5), Duration.ofSeconds(1));
		Instant transferAt = (request.transferToUserId() != null) ? start.plus(duration.dividedBy(2)) : null;
		String ani = "tel:+1555" + String.format("%07d", ids.nextInt(10_000_000))
				+ (Boolean.TRUE.equals(request.nulInText()) ? "\0" : "");
		String dnis = "tel:+18005550100";
		List<Leg> legs = new ArrayList<>();
		legs.add(new Leg(ids.uuid(), ids.uuid(), "customer", null,
				"Customer " + (Boolean.TRUE.equals(request.nulInText()) ? "\0" : "") + ani.substring(4), start, start,
				end, "endpoint", null, null, false));
		Leg first = agent(org, request.agentUserId(), start, ring, (transferAt != null) ? transferAt : end,
				(transferAt != null) ? "transfer" : "peer", request.wrapUp());
		legs.add(new Leg(ids.uuid(), ids.uuid(), "acd", null, "Support", start, start, first.connectedAt(), "transfer",
				null, null, false));
		legs.add(first);
		Leg second = null;
		if (transferAt != null) {
			second = agent(org, request.transferToUserId(), transferAt, ring, end, "peer", request.wrapUp());
			legs.add(second);
		}
		String conversationId = ids.uuid();
		List<PlannedRecording> recordings = recordings(org, request, conversationId, legs.get(0), first, second);
		return new Conversation(conversationId, org.id(), request.mediaType(), start, end, ani, dnis, org.queueId(),
				org.divisionId(), List.copyOf(legs), recordings, request.startedAt() != null, new EventCounts());
	}

	private static Leg agent(SimulatedOrganization org, @Nullable String userId, Instant joinedAt, Duration ring,
			Instant endedAt, String disconnectType, Duration wrapUp) {
		SimulatedUser user = org.directory()
			.user(String.valueOf(userId))
			.orElseThrow(() -> new IllegalArgumentException("Unknown user " + userId + " in " + org.id()));
		List<String> codes = org.wrapUpCodeIds();
		String code = codes.get(org.ids().nextInt(codes.size()));
		return new Leg(org.ids().uuid(), org.ids().uuid(), "agent", user.id(), user.name(), joinedAt,
				joinedAt.plus(ring), endedAt, disconnectType, endedAt.plus(wrapUp), code,
				org.directory().isGroupMember(user.id()));
	}

	private static List<PlannedRecording> recordings(SimulatedOrganization org, CallRequest request,
			String conversationId, Leg customer, Leg first, @Nullable Leg second) {
		if (!"voice".equals(request.mediaType()) || request.recordings() == 0) {
			return List.of();
		}
		List<PlannedRecording> recordings = new ArrayList<>();
		if (request.recordings() == 2 && second != null) {
			recordings
				.add(recording(org, request, conversationId, first.sessionId(), first.connectedAt(), first.endedAt()));
			recordings.add(recording(org, request, conversationId, second.sessionId(), second.connectedAt(),
					second.endedAt()));
		}
		else {
			recordings.add(recording(org, request, conversationId, customer.sessionId(), first.connectedAt(),
					customer.endedAt()));
		}
		return List.copyOf(recordings);
	}

	private static PlannedRecording recording(SimulatedOrganization org, CallRequest request, String conversationId,
			String sessionId, Instant from, Instant to) {
		int channels = request.channels();
		Long requested = request.recordingBytes();
		long bytes = (requested != null) ? PlannedRecording.wavSize(requested, channels)
				: PlannedRecording.wavSizeFor(Duration.between(from, to), channels);
		return new PlannedRecording(org.ids().uuid(), org.id(), conversationId, sessionId, from, to,
				request.fileState(), channels, bytes);
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

}
