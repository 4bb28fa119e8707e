package io.callimport.simulator.media;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;

import io.callimport.simulator.conversation.ConversationRegistry;
import io.callimport.simulator.conversation.PlannedRecording;
import io.callimport.simulator.control.FaultSettings;
import io.callimport.simulator.control.HostileMedia;
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
 * chunk with its {@code Content-Length}, whatever its size; or, when the organisation's
 * faults ask for {@link HostileMedia}, a redirect elsewhere, a trickle or too many bytes.
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
		FaultSettings faults = this.faults.effective(recording.organizationId());
		if (faults.hostileMedia() == HostileMedia.REDIRECT_OUTSIDE
				&& !"localhost".equalsIgnoreCase(request.getServerName())) {
			response.setStatus(302);
			response.setHeader("Location", atLocalhost(request));
			return;
		}
		response.setContentType(RecordingFile.CONTENT_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"" + recordingId + ".wav\"");
		switch (faults.hostileMedia()) {
			case TRICKLE -> {
				response.setContentLengthLong(file.size());
				trickle(file, response);
			}
			case OVERSIZED -> {
				long size = Math.max(file.size(), faults.hostileMediaBytes());
				response.setContentLengthLong(size);
				writePadded(file, size - file.size(), response);
			}
			// no Content-Length: the body goes out chunked
			case LONGER_THAN_LISTED -> writePadded(file, faults.hostileMediaBytes(), response);
			default -> {
				response.setContentLengthLong(file.size());
				try (OutputStream out = response.getOutputStream()) {
					file.writeTo(out);
				}
			}
		}
	}

	/** The same URL at {@code localhost}, where the file is then served. */
	private static String atLocalhost(HttpServletRequest request) {
		return request.getScheme() + "://localhost:" + request.getServerPort() + request.getRequestURI() + "?"
				+ request.getQueryString();
	}

	/** 1 KB a second, until the client gives up (a broken pipe ends it). */
	private static void trickle(RecordingFile file, HttpServletResponse response) throws IOException {
		java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
		file.writeTo(whole);
		byte[] bytes = whole.toByteArray();
		try (OutputStream out = response.getOutputStream()) {
			for (int offset = 0; offset < bytes.length; offset += 1024) {
				out.write(bytes, offset, Math.min(1024, bytes.length - offset));
				out.flush();
				Thread.sleep(1000);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			// the client gave up, as it should
		}
	}

	private static void writePadded(RecordingFile file, long padding, HttpServletResponse response) throws IOException {
		byte[] zeros = new byte[64 * 1024];
		try (OutputStream out = response.getOutputStream()) {
			file.writeTo(out);
			for (long left = padding; left > 0; left -= zeros.length) {
				out.write(zeros, 0, (int) Math.min(zeros.length, left));
			}
		}
		catch (IOException ex) {
			// the client stopped reading at its cap, as it should
		}
	}

}
