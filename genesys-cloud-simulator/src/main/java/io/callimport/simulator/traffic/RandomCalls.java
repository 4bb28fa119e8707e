package io.callimport.simulator.traffic;

import java.time.Duration;

import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.TrafficScenario;
import io.callimport.simulator.organization.IdSource;
import io.callimport.simulator.organization.SimulatedOrganization;
import org.jspecify.annotations.Nullable;

/**
 * Draws one random call from an organisation's traffic scenario, with its seeded random
 * source.
 */
final class RandomCalls {

	private RandomCalls() {
	}

	static @Nullable CallRequest draw(SimulatedOrganization org) {
		TrafficScenario traffic = org.scenario().traffic();
		IdSource random = org.ids();
		String agent = org.directory().randomUser(random.nextDouble() < traffic.outsideGroupShare());
		if (agent == null) {
			return null;
		}
		String transferTo = null;
		if (random.nextDouble() < traffic.transferShare()) {
			transferTo = org.directory().randomUser(random.nextDouble() < traffic.outsideGroupShare());
			transferTo = agent.equals(transferTo) ? null : transferTo;
		}
		boolean chat = random.nextDouble() < traffic.nonVoiceShare();
		int recordings = (chat || random.nextDouble() < traffic.noRecordingShare()) ? 0
				: (transferTo != null && random.nextDouble() < traffic.twoRecordingsShare()) ? 2 : 1;
		double state = random.nextDouble();
		String fileState = (state < traffic.archivedShare()) ? "ARCHIVED"
				: (state < traffic.archivedShare() + traffic.deletedShare()) ? "DELETED" : "AVAILABLE";
		int channels = (random.nextDouble() < traffic.dualChannelShare()) ? 2 : 1;
		long min = traffic.callDuration().min().toMillis();
		long max = traffic.callDuration().max().toMillis();
		Duration duration = Duration.ofMillis(random.nextLong(min, max + 1));
		return new CallRequest(1, agent, transferTo, recordings, fileState, channels, traffic.recordingBytes(),
				duration, traffic.wrapUp(), chat ? "chat" : "voice", null, null);
	}

}
