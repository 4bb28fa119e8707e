package io.callimport.producer.runs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.callimport.producer.SimulatedTenant;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.SimulatorControl;

/**
 * Historic traffic (calls that are already over and were never seen on a websocket) for
 * the reconciliation tests, with small recordings so hundreds of them import quickly.
 */
final class TrafficDay {

	private TrafficDay() {
	}

	/** A recorded mono call with a 4 kB recording. */
	static CallRequest small(CallRequest call) {
		return call.withRecording(1, "AVAILABLE", 1, 4_000L);
	}

	/**
	 * The 24 hours before {@code now}: 200 calls of the group's agents (every tenth
	 * transferred to the next agent), 15 of users outside the group and 15 chats of
	 * agents; 3 group calls that started just before the nightly window and ended in it;
	 * 10 group calls that ended before it.
	 * @return the group calls that ended in the last 24 hours
	 */
	static List<String> historic(SimulatorControl simulator, SimulatedTenant genesys, Instant now) {
		List<String> group = new ArrayList<>();
		int agents = genesys.state().agentUserIds().size();
		Duration step = Duration.ofHours(24).minusMinutes(10).dividedBy(200);
		Instant first = now.minus(Duration.ofHours(24));
		for (int i = 0; i < 200; i++) {
			CallRequest call = small(CallRequest.answeredBy(genesys.agent(i % agents)))
				.withTiming(Duration.ofSeconds(30 + i % 90), Duration.ofSeconds(5))
				.startedAt(first.plus(step.multipliedBy(i)));
			if (i % 10 == 9) {
				call = call.withTransferTo(genesys.agent((i + 1) % agents), 1);
			}
			group.addAll(simulator.createCalls(genesys.organizationId(), call));
		}
		for (int i = 0; i < 15; i++) {
			Instant start = first.plus(step.multipliedBy(13L * i + 5));
			simulator.createCalls(genesys.organizationId(),
					small(CallRequest.answeredBy(genesys.outsider(i % 6)))
						.withTiming(Duration.ofSeconds(40), Duration.ofSeconds(5))
						.startedAt(start));
			simulator.createCalls(genesys.organizationId(),
					CallRequest.answeredBy(genesys.agent(i % agents))
						.asChat()
						.withTiming(Duration.ofSeconds(60), Duration.ofSeconds(5))
						.startedAt(start.plusSeconds(30)));
		}
		Instant windowStart = now.minus(Duration.ofHours(25));
		for (int i = 0; i < 3; i++) {
			simulator.createCalls(genesys.organizationId(),
					small(CallRequest.answeredBy(genesys.agent(i)))
						.withTiming(Duration.ofSeconds(300), Duration.ofSeconds(5))
						.startedAt(windowStart.minusSeconds(120)));
		}
		for (int i = 0; i < 10; i++) {
			simulator.createCalls(genesys.organizationId(),
					small(CallRequest.answeredBy(genesys.agent(i % agents)))
						.withTiming(Duration.ofSeconds(60), Duration.ofSeconds(5))
						.startedAt(windowStart.minus(Duration.ofMinutes(30 + 20L * i))));
		}
		return group;
	}

}
