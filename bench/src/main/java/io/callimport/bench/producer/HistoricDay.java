package io.callimport.bench.producer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.callimport.bench.BenchTenant;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.SimulatorControl;

/**
 * A past window of calls that no websocket saw: the simulator creates them as historic
 * calls (analytics and recordings know them, no event was sent), their starts spread
 * evenly over the window, agents in turn, so that each ends inside it. A few calls that
 * ended just before the window are added; a reconciliation must not count them.
 *
 * @param from the window's start
 * @param to the window's end (exclusive)
 */
record HistoricDay(Instant from, Instant to) {

	private static final Duration CALL = Duration.ofMinutes(3);

	private static final Duration WRAP_UP = Duration.ofSeconds(30);

	/** A day ending {@code before} now, on whole seconds. */
	static HistoricDay endingAgo(Duration before) {
		Instant to = Instant.now().minus(before).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		return new HistoricDay(to.minus(Duration.ofDays(1)), to);
	}

	/**
	 * Creates {@code calls} calls inside the window and {@code calls / 100} just before
	 * it, on four threads (one control request per call).
	 * @param recordingBytes the WAV size of each call's one recording
	 */
	void create(SimulatorControl simulator, BenchTenant tenant, int calls, long recordingBytes) throws Exception {
		long span = Duration.between(this.from, this.to).minus(CALL).minus(WRAP_UP).toMillis();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int thread = 0; thread < 4; thread++) {
				int first = thread;
				done.add(pool.submit(() -> {
					for (int i = first; i < calls; i += 4) {
						Instant start = this.from.plusMillis(span * i / calls + 1);
						simulator.createCalls(tenant.orgId(), call(tenant.agent(i), recordingBytes).startedAt(start));
					}
					for (int i = first; i < calls / 100; i += 4) {
						Instant start = this.from.minus(CALL).minus(Duration.ofMinutes(5 + i));
						simulator.createCalls(tenant.orgId(), call(tenant.agent(i), recordingBytes).startedAt(start));
					}
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static CallRequest call(String agent, long recordingBytes) {
		return CallRequest.answeredBy(agent).withTiming(CALL, WRAP_UP).withRecording(1, "AVAILABLE", 1, recordingBytes);
	}

}
