package io.callimport.simulator.media;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.callimport.simulator.conversation.PlannedRecording;

import org.springframework.stereotype.Component;

/**
 * The files behind each recording (PCM WAV of {@link PlannedRecording#bytes()} bytes, and
 * the μ-law WAV it decodes from), and their SHA-256, computed once by generating the
 * stream and cached.
 */
@Component
public class RecordingMedia {

	private final Map<String, String> digests = new ConcurrentHashMap<>();

	/** The PCM WAV file. */
	public WavFile file(PlannedRecording recording) {
		UUID id = UUID.fromString(recording.id());
		return new WavFile(id.getMostSignificantBits() ^ id.getLeastSignificantBits(), recording.channels(),
				recording.bytes());
	}

	public RecordingFile file(PlannedRecording recording, MediaFormat format) {
		return (format == MediaFormat.WAV_ULAW) ? file(recording).ulaw() : file(recording);
	}

	/** Lowercase hex SHA-256 of the PCM WAV file. */
	public String sha256(PlannedRecording recording) {
		return sha256(recording, MediaFormat.WAV);
	}

	/** Lowercase hex SHA-256 of the file in the given format. */
	public String sha256(PlannedRecording recording, MediaFormat format) {
		return this.digests.computeIfAbsent(format + ":" + recording.id(), (key) -> digest(file(recording, format)));
	}

	private static String digest(RecordingFile file) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
				file.writeTo(out);
			}
			return HexFormat.of().formatHex(sha256.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
