package io.callimport.bench.producer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.callimport.bench.GenesysRequests;
import io.callimport.simulator.control.SimulatorControl;

/**
 * Samples an organisation's API request and 429 counts (the simulator's) every second, so
 * that a run can be cut into minutes afterwards.
 */
final class RequestSampler implements AutoCloseable {

	private final SimulatorControl simulator;

	private final String orgId;

	private final long start = System.nanoTime();

	private final List<Sample> samples = new ArrayList<>();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

	RequestSampler(SimulatorControl simulator, String orgId) {
		this.simulator = simulator;
		this.orgId = orgId;
		sample();
		this.timer.scheduleAtFixedRate(this::sample, 1, 1, TimeUnit.SECONDS);
	}

	private void sample() {
		GenesysRequests requests = GenesysRequests.of(this.simulator, this.orgId);
		synchronized (this.samples) {
			this.samples.add(new Sample(System.nanoTime() - this.start, requests));
		}
	}

	/** Stops sampling after a last sample. */
	@Override
	public void close() {
		this.timer.shutdownNow();
		sample();
	}

	/** Requests in {@code [from, to)} after the start, from the nearest samples. */
	GenesysRequests between(Duration from, Duration to) {
		return at(to).minus(at(from));
	}

	Duration length() {
		synchronized (this.samples) {
			return Duration.ofNanos(this.samples.get(this.samples.size() - 1).nanos());
		}
	}

	/** The most requests in any 60 s span that starts at or after {@code from}. */
	long busiestMinuteAfter(Duration from) {
		long most = 0;
		for (Duration t = from; t.plusSeconds(60).minusMillis(500).compareTo(length()) <= 0; t = t.plusSeconds(1)) {
			most = Math.max(most, between(t, t.plusSeconds(60)).api());
		}
		return most;
	}

	private GenesysRequests at(Duration offset) {
		synchronized (this.samples) {
			Sample last = this.samples.get(0);
			for (Sample sample : this.samples) {
				if (sample.nanos() > offset.toNanos()) {
					break;
				}
				last = sample;
			}
			return last.requests();
		}
	}

	private record Sample(long nanos, GenesysRequests requests) {
	}

}
