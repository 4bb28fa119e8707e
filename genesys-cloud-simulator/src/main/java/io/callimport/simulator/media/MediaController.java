package io.callimport.simulator.media;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;

import io.callimport.simulator.conversation.ConversationRegistry;
import io.callimport.simulator.conversation.PlannedRecording;
import io.callimport.simulator.fault.FaultRegistry;
import io.callimport.simulator.web.GenesysApiException;
import io.callimport.simulator.web.RequestCounter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Media behind the pre-signed URIs: the PCM WAV or the μ-law WAV file streamed chunk by
 * chunk with its {@code Content-Length}, whatever its size.
 */
@RestController
class MediaController {

	static final String WAV_PATH = "/media/recordings/";

	static final String ULAW_PATH = "/media/ulaw/";

	private final ConversationRegistry conversations;

	private final RecordingMedia media;

	private final MediaSigner signer;

	private final FaultRegistry faults;

	private final Clock clock;

	MediaController(ConversationRegistry conversations, RecordingMedia media, MediaSigner signer, FaultRegistry faults,
			Clock clock) {
		this.conversations = conversations;
		this.media = media;
		this.signer = signer;
		this.faults = faults;
		this.clock = clock;
	}

	@GetMapping(WAV_PATH + "{recordingId}.wav")
	void wav(@PathVariable String recordingId, @RequestParam long expires, @RequestParam String signature,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		download(MediaFormat.WAV, recordingId, expires, signature, request, response);
	}

	@GetMapping(ULAW_PATH + "{recordingId}.wav")
	void ulaw(@PathVariable String recordingId, @RequestParam long expires, @RequestParam String signature,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		download(MediaFormat.WAV_ULAW, recordingId, expires, signature, request, response);
	}

	private void download(MediaFormat format, String recordingId, long expires, String signature,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!this.signer.verify(format, recordingId, expires, signature, this.clock.instant())) {
			throw new GenesysApiException(403, "forbidden", "The media URI signature is invalid or has expired.");
		}
		PlannedRecording recording = this.conversations.recording(recordingId)
			.filter(PlannedRecording::hasMedia)
			.orElseThrow(() -> GenesysApiException.notFound("Recording media " + recordingId));
		RequestCounter.tag(request, recording.organizationId(), null);
		if (this.faults.failMedia(recording.organizationId())) {
			throw new GenesysApiException(503, "service.unavailable", "Injected fault: media unavailable.");
		}
		RecordingFile file = this.media.file(recording, format);
		response.setContentType(RecordingFile.CONTENT_TYPE);
		response.setContentLengthLong(file.size());
		response.setHeader("Content-Disposition", "attachment; filename=\"" + recordingId + ".wav\"");
		try (OutputStream out = response.getOutputStream()) {
			file.writeTo(out);
		}
	}

}
