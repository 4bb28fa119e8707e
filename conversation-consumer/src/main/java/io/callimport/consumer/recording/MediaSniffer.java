package io.callimport.consumer.recording;

import java.nio.charset.StandardCharsets;

/**
 * Tells the format of a recording from its first bytes. The recordings list delivers the
 * format asked for, but the recording batch API delivers each file in its trunk's codec,
 * so the bytes, not the request, say what a file is.
 */
final class MediaSniffer {

	private MediaSniffer() {
	}

	/**
	 * The format of a file starting with {@code head}, or {@code fallback} when the bytes
	 * do not tell.
	 */
	static RecordingFormat detect(byte[] head, RecordingFormat fallback) {
		if (startsWith(head, "RIFF")) {
			return WavHeader.format(head).map((format) -> switch (format.tag()) {
				case WavHeader.PCM -> RecordingFormat.WAV;
				case WavHeader.MU_LAW -> RecordingFormat.WAV_ULAW;
				case WavHeader.A_LAW -> RecordingFormat.WAV_ALAW;
				default -> fallback;
			}).orElse(fallback);
		}
		if (startsWith(head, "OggS")) {
			return contains(head, "OpusHead") ? RecordingFormat.OGG_OPUS : RecordingFormat.OGG_VORBIS;
		}
		if (startsWith(head, "ID3") || (head.length > 1 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0)) {
			return RecordingFormat.MP3;
		}
		if (head.length >= 4 && (head[0] & 0xFF) == 0x1A && (head[1] & 0xFF) == 0x45 && (head[2] & 0xFF) == 0xDF
				&& (head[3] & 0xFF) == 0xA3) {
			return RecordingFormat.WEBM;
		}
		return fallback;
	}

	private static boolean startsWith(byte[] head, String magic) {
		byte[] wanted = magic.getBytes(StandardCharsets.US_ASCII);
		if (head.length < wanted.length) {
			return false;
		}
		for (int i = 0; i < wanted.length; i++) {
			if (head[i] != wanted[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean contains(byte[] head, String text) {
		return new String(head, StandardCharsets.ISO_8859_1).contains(text);
	}

}
