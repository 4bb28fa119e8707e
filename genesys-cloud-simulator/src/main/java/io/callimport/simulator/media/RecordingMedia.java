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
 * The WAV file behind each recording, and its SHA-256, computed once by generating the
 * stream and cached.
 */
@Component
public class RecordingMedia {

	private final Map<String, String> digests = new ConcurrentHashMap<>();

	public WavFile file(PlannedRecording recording) {
		UUID id = UUID.fromString(recording.id());
		return new WavFile(id.getMostSignificantBits() ^ id.getLeastSignificantBits(), recording.channels(),
				recording.bytes());
	}

	/** Lowercase hex SHA-256 of the file. */
	public String sha256(PlannedRecording recording) {
		return this.digests.computeIfAbsent(recording.id(), (id) -> digest(file(recording)));
	}

	private static String digest(WavFile file) {
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
