package io.callimport.simulator.recording;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.mypurecloud.sdk.v2.model.Recording;
import io.callimport.simulator.auth.CallerOrganization;
import io.callimport.simulator.conversation.Conversation;
import io.callimport.simulator.conversation.ConversationRegistry;
import io.callimport.simulator.conversation.PlannedRecording;
import io.callimport.simulator.fault.FaultRegistry;
import io.callimport.simulator.media.MediaSigner;
import io.callimport.simulator.media.RecordingMedia;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.web.GenesysApiException;
import io.callimport.simulator.web.GenesysJson;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A conversation's recordings. They are "transcoding" until {@code recordingReadyAfter}
 * past the call's end: the list answers 202 with no body (after waiting up to
 * {@code maxWaitMs}), a single recording 202 without media but with
 * {@code estimatedTranscodeTimeMs}. A call without recording lists {@code []}.
 */
@RestController
@RequestMapping("/api/v2/conversations/{conversationId}")
class RecordingsController {

	private final ConversationRegistry conversations;

	private final OrganizationRegistry organizations;

	private final MediaSigner signer;

	private final RecordingMedia media;

	private final FaultRegistry faults;

	private final Clock clock;

	RecordingsController(ConversationRegistry conversations, OrganizationRegistry organizations, MediaSigner signer,
			RecordingMedia media, FaultRegistry faults, Clock clock) {
		this.faults = faults;
		this.conversations = conversations;
		this.organizations = organizations;
		this.signer = signer;
		this.media = media;
		this.clock = clock;
	}

	@GetMapping("/recordings")
	ResponseEntity<GenesysJson> list(@PathVariable String conversationId,
			@RequestParam(defaultValue = "5000") long maxWaitMs,
			@RequestParam(required = false) @Nullable String formatId,
			@RequestParam(required = false) @Nullable List<String> mediaFormats, HttpServletRequest request)
			throws InterruptedException {
		RecordingFormat format = RecordingFormat.of(formatId, mediaFormats);
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		Conversation conversation = conversation(org, conversationId);
		if (conversation.recordings().isEmpty()) {
			return ResponseEntity.ok(GenesysJson.of(List.of()));
		}
		Instant readyAt = readyAt(org, conversation);
		Duration untilReady = Duration.between(this.clock.instant(), readyAt);
		if ((untilReady.compareTo(Duration.ZERO) > 0) && untilReady.toMillis() <= Math.max(0, maxWaitMs)) {
			Thread.sleep(untilReady.toMillis() + 1);
		}
		else if ((untilReady.compareTo(Duration.ZERO) > 0)) {
			Thread.sleep(Math.max(0, Math.min(maxWaitMs, 60_000)));
		}
		if (this.clock.instant().isBefore(readyAt)) {
			return ResponseEntity.accepted().build();
		}
		List<Recording> recordings = conversation.recordings()
			.stream()
			.map((planned) -> model(planned, format, mediaUri(org, planned, format, request), readyAt))
			.toList();
		return ResponseEntity.ok(GenesysJson.of(recordings));
	}

	@GetMapping("/recordings/{recordingId}")
	ResponseEntity<GenesysJson> one(@PathVariable String conversationId, @PathVariable String recordingId,
			@RequestParam(required = false) @Nullable String formatId,
			@RequestParam(required = false) @Nullable List<String> mediaFormats, HttpServletRequest request) {
		RecordingFormat format = RecordingFormat.of(formatId, mediaFormats);
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		Conversation conversation = conversation(org, conversationId);
		PlannedRecording planned = conversation.recordings()
			.stream()
			.filter((r) -> r.id().equals(recordingId))
			.findFirst()
			.orElseThrow(() -> GenesysApiException.notFound("Recording " + recordingId));
		Instant readyAt = readyAt(org, conversation);
		Duration untilReady = Duration.between(this.clock.instant(), readyAt);
		if ((untilReady.compareTo(Duration.ZERO) > 0)) {
			Recording pending = model(planned, format, null, readyAt).estimatedTranscodeTimeMs(untilReady.toMillis());
			return ResponseEntity.accepted().body(GenesysJson.of(pending));
		}
		return ResponseEntity
			.ok(GenesysJson.of(model(planned, format, mediaUri(org, planned, format, request), readyAt)));
	}

	@GetMapping("/recordingmetadata")
	GenesysJson metadata(@PathVariable String conversationId, HttpServletRequest request) {
		Conversation conversation = conversation(CallerOrganization.of(this.organizations, request), conversationId);
		if (!conversation.hasEnded(this.clock.instant())) {
			return GenesysJson.of(List.of());
		}
		return GenesysJson.of(conversation.recordings().stream().map(RecordingModels::metadata).toList());
	}

	private Recording model(PlannedRecording planned, RecordingFormat format, @Nullable String mediaUri,
			Instant readyAt) {
		long outputBytes = this.media.file(planned, format.media()).size();
		return RecordingModels.recording(planned, outputBytes, mediaUri, readyAt);
	}

	private @Nullable String mediaUri(SimulatedOrganization org, PlannedRecording planned, RecordingFormat format,
			HttpServletRequest request) {
		if (format == RecordingFormat.NONE || !planned.hasMedia()) {
			return null;
		}
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		return this.signer.uri(base, planned.id(), format.media(),
				this.clock.instant().plus(org.scenario().mediaUriLifetime()),
				this.faults.effective(org.id()).hostileMedia());
	}

	private static Instant readyAt(SimulatedOrganization org, Conversation conversation) {
		return conversation.end().plus(org.scenario().recordingReadyAfter());
	}

	private Conversation conversation(SimulatedOrganization org, String conversationId) {
		return this.conversations.find(org.id(), conversationId)
			.orElseThrow(() -> GenesysApiException.notFound("Conversation " + conversationId));
	}

}
