package io.callimport.simulator.control;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Random call traffic of an organisation; every field is optional (defaults below).
 * Shares are probabilities in [0, 1] drawn per call.
 *
 * @param callsPerMinute mean arrival rate (Poisson arrivals)
 * @param burst calls that arrive together at each arrival
 * @param callDuration how long calls last (customer connected to hang-up)
 * @param wrapUp how long agents stay in after-call work
 * @param outsideGroupShare calls answered by a user outside the group
 * @param transferShare calls transferred to a second agent
 * @param noRecordingShare calls without any recording
 * @param twoRecordingsShare transferred calls that get one recording per agent
 * @param archivedShare recordings that are ARCHIVED (no media)
 * @param deletedShare recordings that are DELETED (no media)
 * @param nonVoiceShare chats instead of calls (no recording, no call topic)
 * @param dualChannelShare recordings in two channels (one party each)
 * @param recordingBytes fixed size of every recording; absent: 16 kB per second and
 * channel, as 8 kHz 16-bit PCM has
 */
public record TrafficScenario(Double callsPerMinute, Integer burst, DurationRange callDuration, Duration wrapUp,
		Double outsideGroupShare, Double transferShare, Double noRecordingShare, Double twoRecordingsShare,
		Double archivedShare, Double deletedShare, Double nonVoiceShare, Double dualChannelShare,
		@Nullable Long recordingBytes) {

	public TrafficScenario {
		callsPerMinute = (callsPerMinute != null) ? callsPerMinute : 6.0;
		if (callsPerMinute <= 0 || callsPerMinute > 60_000) {
			throw new IllegalArgumentException("traffic.callsPerMinute must be in (0, 60000]");
		}
		burst = Scenarios.atLeast(burst, 1, 1, "traffic.burst");
		callDuration = (callDuration != null) ? callDuration
				: DurationRange.of(Duration.ofSeconds(3), Duration.ofSeconds(8));
		wrapUp = Scenarios.notNegative(wrapUp, Duration.ofSeconds(1), "traffic.wrapUp");
		outsideGroupShare = Scenarios.share(outsideGroupShare, 0.2, "traffic.outsideGroupShare");
		transferShare = Scenarios.share(transferShare, 0.1, "traffic.transferShare");
		noRecordingShare = Scenarios.share(noRecordingShare, 0.05, "traffic.noRecordingShare");
		twoRecordingsShare = Scenarios.share(twoRecordingsShare, 0.5, "traffic.twoRecordingsShare");
		archivedShare = Scenarios.share(archivedShare, 0.02, "traffic.archivedShare");
		deletedShare = Scenarios.share(deletedShare, 0.01, "traffic.deletedShare");
		nonVoiceShare = Scenarios.share(nonVoiceShare, 0.05, "traffic.nonVoiceShare");
		dualChannelShare = Scenarios.share(dualChannelShare, 0.2, "traffic.dualChannelShare");
		if (recordingBytes != null && (recordingBytes < 46 || recordingBytes > CallRequest.MAX_RECORDING_BYTES)) {
			throw new IllegalArgumentException("traffic.recordingBytes must be in [46, 4294967295]");
		}
	}

	/** Every default. */
	public static TrafficScenario defaults() {
		return new TrafficScenario(null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	public TrafficScenario withCallsPerMinute(double rate) {
		return new TrafficScenario(rate, this.burst, this.callDuration, this.wrapUp, this.outsideGroupShare,
				this.transferShare, this.noRecordingShare, this.twoRecordingsShare, this.archivedShare,
				this.deletedShare, this.nonVoiceShare, this.dualChannelShare, this.recordingBytes);
	}

	public TrafficScenario withCallDuration(Duration min, Duration max) {
		return new TrafficScenario(this.callsPerMinute, this.burst, DurationRange.of(min, max), this.wrapUp,
				this.outsideGroupShare, this.transferShare, this.noRecordingShare, this.twoRecordingsShare,
				this.archivedShare, this.deletedShare, this.nonVoiceShare, this.dualChannelShare, this.recordingBytes);
	}

	/**
	 * The same with every share of special calls set to zero: plain recorded calls only.
	 */
	public TrafficScenario plainCallsOnly() {
		return new TrafficScenario(this.callsPerMinute, this.burst, this.callDuration, this.wrapUp, 0.0, 0.0, 0.0, 0.0,
				0.0, 0.0, 0.0, 0.0, this.recordingBytes);
	}

}
