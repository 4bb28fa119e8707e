package io.callimport.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.SimulatorControl;

/**
 * Calls that end now: the simulator creates them already over (a one-second call whose
 * 100 ms of after-call work ended just now; analytics and the recording ready at once)
 * and the bench publishes their end as the producer would at that moment. Their
 * {@code ended_at} is the hang-up by the simulator's clock, which latency is measured
 * from, so it includes the after-call work. Without after-call work the details carry no
 * wrap-up segment, and the consumer rightly waits for one (CONSUMER_RETRY_WRAPUPWAIT).
 */
public final class EndedCalls {

	private static final Duration CALL = Duration.ofSeconds(1);

	private static final Duration WRAP_UP = Duration.ofMillis(100);

	private final SimulatorControl simulator;

	private final EndedPublisher publisher;

	private final BenchTenant tenant;

	private final long recordingBytes;

	private int next;

	public EndedCalls(SimulatorControl simulator, EndedPublisher publisher, BenchTenant tenant, long recordingBytes) {
		this.simulator = simulator;
		this.publisher = publisher;
		this.tenant = tenant;
		this.recordingBytes = recordingBytes;
	}

	/**
	 * Ends {@code count} calls of one agent now and publishes each end.
	 * @return their conversation ids
	 */
	public synchronized List<String> endNow(int count) {
		String agent = this.tenant.agent(this.next++);
		// the simulator takes a call as historic only once it is over by its own clock
		Instant startedAt = Instant.now().minus(CALL).minus(WRAP_UP).minusMillis(5);
		List<String> ids = this.simulator.createCalls(this.tenant.orgId(),
				CallRequest.answeredBy(agent)
					.withCount(count)
					.withTiming(CALL, WRAP_UP)
					.withRecording(1, "AVAILABLE", 1, this.recordingBytes)
					.startedAt(startedAt));
		ids.forEach((id) -> this.publisher.publishEnded(this.tenant, id, agent));
		return ids;
	}

}
