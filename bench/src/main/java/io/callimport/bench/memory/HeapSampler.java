package io.callimport.bench.memory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.callimport.bench.ServiceProcess;

/**
 * The highest heap use of a service, sampled from its Prometheus endpoint every 200 ms (a
 * peak between two samples can be missed; the heap's maximum bounds it anyway).
 */
final class HeapSampler implements AutoCloseable {

	private final AtomicLong peak = new AtomicLong();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

	HeapSampler(ServiceProcess process) {
		this.timer.scheduleAtFixedRate(() -> this.peak.accumulateAndGet(process.heapUsedBytes(), Math::max), 0, 200,
				TimeUnit.MILLISECONDS);
	}

	long peakBytes() {
		return this.peak.get();
	}

	@Override
	public void close() {
		this.timer.shutdownNow();
	}

}
