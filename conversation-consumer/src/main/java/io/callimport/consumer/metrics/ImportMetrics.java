package io.callimport.consumer.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The consumer's meters, each tagged with the tenant:
 * {@code callimport.imports{outcome}}, {@code callimport.import.latency} (call end to
 * queued for analysis) and {@code callimport.recordings.bytes}.
 */
@Component
public class ImportMetrics {

	/** Tag value for messages that name no tenant this consumer knows. */
	public static final String UNKNOWN_TENANT = "unknown";

	private final MeterRegistry registry;

	ImportMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Counts one settled delivery by what came of it. */
	public void imported(String tenant, ImportOutcomeTag outcome) {
		Counter.builder("callimport.imports")
			.description("Ended-conversation messages settled, by outcome")
			.tag("tenant", tenant)
			.tag("outcome", outcome.tagValue())
			.register(this.registry)
			.increment();
	}

	/** How long after the call's end it was queued for analysis. */
	public void latency(String tenant, Duration sinceCallEnd) {
		Timer.builder("callimport.import.latency")
			.description("From the end of a call to its analysis message")
			.tag("tenant", tenant)
			.publishPercentileHistogram()
			.register(this.registry)
			.record(sinceCallEnd.isNegative() ? Duration.ZERO : sinceCallEnd);
	}

	/**
	 * One batch's calls that reached Genesys, and whether a recording batch job served
	 * them.
	 */
	public void batch(String tenant, int calls, boolean recordingJob) {
		DistributionSummary.builder("callimport.batch.calls")
			.description("Calls per import batch that asked Genesys for their details")
			.tag("tenant", tenant)
			.tag("recordings", recordingJob ? "batch_job" : "per_call_list")
			.register(this.registry)
			.record(calls);
	}

	/** Size of one stored recording. */
	public void recordingStored(String tenant, long bytes) {
		DistributionSummary.builder("callimport.recordings.bytes")
			.description("Size of the recordings stored in the object store")
			.baseUnit("bytes")
			.tag("tenant", tenant)
			.register(this.registry)
			.record(bytes);
	}

}
