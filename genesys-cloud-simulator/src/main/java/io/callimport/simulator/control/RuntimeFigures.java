package io.callimport.simulator.control;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The simulator JVM's heap, for tests that show media is streamed.
 *
 * @param heapUsedBytes heap in use now
 * @param heapPeakBytes the sum of the heap pools' peak usage since start
 * @param heapMaxBytes the maximum heap ({@code -Xmx})
 */
public record RuntimeFigures(long heapUsedBytes, long heapPeakBytes, long heapMaxBytes) {

	public static RuntimeFigures now() {
		long peak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getPeakUsage)
			.mapToLong((usage) -> usage.getUsed())
			.sum();
		Runtime runtime = Runtime.getRuntime();
		return new RuntimeFigures(runtime.totalMemory() - runtime.freeMemory(), peak, runtime.maxMemory());
	}

}
