package io.callimport.simulator.controlserver;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.callimport.simulator.conversation.Conversation;
import io.callimport.simulator.conversation.ConversationRegistry;
import io.callimport.simulator.conversation.Leg;
import io.callimport.simulator.conversation.PlannedRecording;
import io.callimport.simulator.media.MediaFormat;
import io.callimport.simulator.media.RecordingMedia;
import io.callimport.simulator.organization.SimulatedOrganization;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import io.callimport.simulator.control.GroundTruth;
import io.callimport.simulator.control.GroundTruthConversation;
import io.callimport.simulator.control.GroundTruthParticipant;
import io.callimport.simulator.control.GroundTruthRecording;

/**
 * {@code GET /simulator/organizations/{orgId}/ground-truth}: what really happened, to
 * compare an import with.
 */
@RestController
class GroundTruthController {

	private final OrganizationStates states;

	private final ConversationRegistry conversations;

	private final RecordingMedia media;

	private final Clock clock;

	GroundTruthController(OrganizationStates states, ConversationRegistry conversations, RecordingMedia media,
			Clock clock) {
		this.states = states;
		this.conversations = conversations;
		this.media = media;
		this.clock = clock;
	}

	@GetMapping("/simulator/organizations/{orgId}/ground-truth")
	GroundTruth groundTruth(@PathVariable String orgId, @RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to, @RequestParam(defaultValue = "group") String scope,
			@RequestParam(defaultValue = "true") boolean sha256) {
		if (!scope.equals("group") && !scope.equals("all")) {
			throw new IllegalArgumentException("scope must be group or all");
		}
		SimulatedOrganization org = this.states.require(orgId);
		Instant now = this.clock.instant();
		Instant start = (from != null) ? from : Instant.EPOCH;
		Instant end = (to != null) ? to : now.plusSeconds(1);
		List<GroundTruthConversation> ended = this.conversations.startedBefore(org.id(), now)
			.stream()
			.filter((c) -> c.hasEnded(now) && !c.end().isBefore(start) && c.end().isBefore(end))
			.filter((c) -> scope.equals("all") || c.agents().stream().anyMatch(Leg::groupMember))
			.sorted(Comparator.comparing(Conversation::end).thenComparing(Conversation::id))
			.map((c) -> conversation(c, sha256))
			.toList();
		return new GroundTruth(org.id(), start, end, scope, ended);
	}

	private GroundTruthConversation conversation(Conversation c, boolean sha256) {
		List<GroundTruthParticipant> participants = c.agents()
			.stream()
			.map((leg) -> new GroundTruthParticipant(String.valueOf(leg.userId()), leg.participantId(),
					leg.groupMember(), leg.connectedAt(), leg.endedAt(), leg.disconnectType(), leg.wrapUpCode()))
			.toList();
		List<String> groupAgents = c.agents()
			.stream()
			.filter(Leg::groupMember)
			.map((leg) -> String.valueOf(leg.userId()))
			.distinct()
			.toList();
		List<GroundTruthRecording> recordings = c.recordings().stream().map((r) -> recording(r, sha256)).toList();
		return new GroundTruthConversation(c.id(), c.mediaType(), c.start(), c.end(), "inbound", c.ani(), c.dnis(),
				c.queueId(), c.divisionId(), c.historic(), participants, groupAgents, recordings,
				c.events().publishedCount(), c.events().droppedCount());
	}

	private GroundTruthRecording recording(PlannedRecording r, boolean sha256) {
		boolean digests = sha256 && r.hasMedia();
		return new GroundTruthRecording(r.id(), r.fileState(), r.channels(), "WAV", r.bytes(),
				digests ? this.media.sha256(r) : null, this.media.file(r).ulaw().size(),
				digests ? this.media.sha256(r, MediaFormat.WAV_ULAW) : null);
	}

}
