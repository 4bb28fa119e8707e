package io.callimport.simulator.control;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Explicit calls for deterministic tests ({@code POST …/{orgId}/calls}). Only
 * {@code agentUserId} is required.
 *
 * @param count how many identical calls to start at once
 * @param agentUserId the user who answers
 * @param transferToUserId a second user the first one transfers the call to, half way
 * @param recordings 0 (not recorded), 1 (one recording of the whole call) or 2 (one per
 * agent; needs a transfer)
 * @param fileState AVAILABLE, ARCHIVED or DELETED
 * @param channels 1 (mono) or 2 (one party per channel)
 * @param recordingBytes size of each WAV file; absent: 16 kB per second and channel
 * @param duration from the customer's start to the hang-up
 * @param wrapUp after-call work of each agent
 * @param mediaType {@code voice} or {@code chat} (chats have no recording)
 * @param startedAt a historic call that started (and ended) in the past: no websocket
 * events, visible at once to analytics and recordings
 * @param nulInText NUL characters in the caller's address and name (carrier data Genesys
 * passes on)
 */
public record CallRequest(Integer count, String agentUserId, @Nullable String transferToUserId, Integer recordings,
		String fileState, Integer channels, @Nullable Long recordingBytes, Duration duration, Duration wrapUp,
		String mediaType, @Nullable Instant startedAt, @Nullable Boolean nulInText) {

	/** WAV sizes are 32-bit. */
	public static final long MAX_RECORDING_BYTES = 0xFFFFFFFFL;

	public CallRequest {
		count = Scenarios.atLeast(count, 1, 1, "count");
		Scenarios.requireText(agentUserId, "agentUserId");
		recordings = Scenarios.atLeast(recordings, 1, 0, "recordings");
		if (recordings > 2 || (recordings == 2 && transferToUserId == null)) {
			throw new IllegalArgumentException("recordings must be 0, 1, or 2 with a transfer");
		}
		fileState = (fileState != null) ? fileState : "AVAILABLE";
		if (!java.util.Set.of("AVAILABLE", "ARCHIVED", "DELETED").contains(fileState)) {
			throw new IllegalArgumentException("fileState must be AVAILABLE, ARCHIVED or DELETED");
		}
		channels = Scenarios.atLeast(channels, 1, 1, "channels");
		if (channels > 2) {
			throw new IllegalArgumentException("channels must be 1 or 2");
		}
		if (recordingBytes != null && (recordingBytes < 46 || recordingBytes > MAX_RECORDING_BYTES)) {
			throw new IllegalArgumentException("recordingBytes must be in [46, 4294967295]");
		}
		duration = Scenarios.positive(duration, Duration.ofSeconds(3), "duration");
		wrapUp = Scenarios.notNegative(wrapUp, Duration.ofSeconds(1), "wrapUp");
		nulInText = Boolean.TRUE.equals(nulInText);
		mediaType = (mediaType != null) ? mediaType : "voice";
		if (!mediaType.equals("voice") && !mediaType.equals("chat")) {
			throw new IllegalArgumentException("mediaType must be voice or chat");
		}
	}

	/** One recorded mono call of 3 s answered by the given user. */
	public static CallRequest answeredBy(String agentUserId) {
		return new CallRequest(null, agentUserId, null, null, null, null, null, null, null, null, null, null);
	}

	public CallRequest withCount(int count) {
		return new CallRequest(count, this.agentUserId, this.transferToUserId, this.recordings, this.fileState,
				this.channels, this.recordingBytes, this.duration, this.wrapUp, this.mediaType, this.startedAt,
				this.nulInText);
	}

	/**
	 * Transferred half way to another user, with one recording per agent or one in all.
	 */
	public CallRequest withTransferTo(String userId, int recordings) {
		return new CallRequest(this.count, this.agentUserId, userId, recordings, this.fileState, this.channels,
				this.recordingBytes, this.duration, this.wrapUp, this.mediaType, this.startedAt, this.nulInText);
	}

	/**
	 * Recordings (0 or 1), their state, channels and size ({@code null}: by duration).
	 */
	public CallRequest withRecording(int recordings, String fileState, int channels, @Nullable Long bytes) {
		return new CallRequest(this.count, this.agentUserId, this.transferToUserId, recordings, fileState, channels,
				bytes, this.duration, this.wrapUp, this.mediaType, this.startedAt, this.nulInText);
	}

	public CallRequest withTiming(Duration duration, Duration wrapUp) {
		return new CallRequest(this.count, this.agentUserId, this.transferToUserId, this.recordings, this.fileState,
				this.channels, this.recordingBytes, duration, wrapUp, this.mediaType, this.startedAt, this.nulInText);
	}

	/** A chat: no recording, no call topic. */
	public CallRequest asChat() {
		return new CallRequest(this.count, this.agentUserId, this.transferToUserId, 0, this.fileState, this.channels,
				this.recordingBytes, this.duration, this.wrapUp, "chat", this.startedAt, this.nulInText);
	}

	/** A call that started at the given past instant and is already over. */
	public CallRequest startedAt(Instant startedAt) {
		return new CallRequest(this.count, this.agentUserId, this.transferToUserId, this.recordings, this.fileState,
				this.channels, this.recordingBytes, this.duration, this.wrapUp, this.mediaType, startedAt,
				this.nulInText);
	}

	/**
	 * With NUL characters in the caller's address and name, as Genesys passes on what a
	 * carrier sent: in the details JSON as the escape of NUL.
	 */
	public CallRequest withNulInText() {
		return new CallRequest(this.count, this.agentUserId, this.transferToUserId, this.recordings, this.fileState,
				this.channels, this.recordingBytes, this.duration, this.wrapUp, this.mediaType, this.startedAt, true);
	}

}
