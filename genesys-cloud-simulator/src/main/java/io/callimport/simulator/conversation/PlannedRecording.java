package io.callimport.simulator.conversation;

import java.time.Duration;
import java.time.Instant;

/**
 * A recording of a conversation and the WAV file behind it.
 *
 * @param id the recording id
 * @param organizationId its organisation
 * @param conversationId its conversation
 * @param sessionId the recorded session
 * @param start start of the recorded audio
 * @param end end of the recorded audio
 * @param fileState AVAILABLE, ARCHIVED or DELETED
 * @param channels 1 or 2
 * @param bytes size of its 16-bit PCM WAV file ({@code formatId=WAV}), header included
 * (the μ-law file of the trunk codec is derived from it)
 */
public record PlannedRecording(String id, String organizationId, String conversationId, String sessionId, Instant start,
		Instant end, String fileState, int channels, long bytes) {

	/**
	 * A WAV file of at most {@code requested} bytes: whole sample frames, at least one.
	 */
	public static long wavSize(long requested, int channels) {
		long frame = 2L * channels;
		long frames = Math.max(1, (requested - 44) / frame);
		return 44 + frames * frame;
	}

	/** 8 kHz 16-bit PCM: 16 000 bytes per second and channel. */
	public static long wavSizeFor(Duration duration, int channels) {
		return 44 + Math.max(1, duration.toMillis() * 16L) * channels;
	}

	public boolean hasMedia() {
		return "AVAILABLE".equals(this.fileState);
	}

	public long durationMs() {
		return Duration.between(this.start, this.end).toMillis();
	}

}
