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

	/** The top finite bucket of {@code callimport.import.latency}. */
	public static final Duration LATENCY_MAXIMUM = Duration.ofHours(2);

	private static final Duration[] LATENCY_BOUNDS = { Duration.ofSeconds(1), Duration.ofSeconds(5),
			Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(10),
			Duration.ofMinutes(30), Duration.ofHours(1), LATENCY_MAXIMUM };

	private final MeterRegistry registry;

	ImportMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Counts one settled delivery by what came of it. */
	public void imported(String tenant, ImportOutcomeTag outcome) {
		importsCounter(tenant, outcome).increment();
	}

	/**
	 * Registers a tenant's import counters at 0 for every outcome, so that
	 * {@code increase()} sees its first dead letter: a counter that appears with its
	 * first event reads as no increase.
	 */
	public void tenantKnown(String tenant) {
		for (ImportOutcomeTag outcome : ImportOutcomeTag.values()) {
			importsCounter(tenant, outcome);
		}
	}

	private Counter importsCounter(String tenant, ImportOutcomeTag outcome) {
		return Counter.builder("callimport.imports")
			.description("Ended-conversation messages settled, by outcome")
			.tag("tenant", tenant)
			.tag("outcome", outcome.tagValue())
			.register(this.registry);
	}

	/**
	 * How long after the call's end it was queued for analysis. Recordings often reach
	 * Genesys minutes after the call, so the buckets reach two hours (Micrometer's
	 * default stops at 30 s, where a 600 s alert could never fire), with the alert's and
	 * dashboard's thresholds as exact bucket bounds.
	 */
	public void latency(String tenant, Duration sinceCallEnd) {
		Timer.builder("callimport.import.latency")
			.description("From the end of a call to its analysis message")
			.tag("tenant", tenant)
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(100))
			.maximumExpectedValue(LATENCY_MAXIMUM)
			.serviceLevelObjectives(LATENCY_BOUNDS)
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
	/**
	 * A recording an earlier attempt stored was used again instead of downloaded: its
	 * database write had failed.
	 */
	public void recordingReused(String tenant) {
		Counter.builder("callimport.recordings.reused")
			.description("Recordings an earlier attempt stored that a retry used instead of downloading them again")
			.tag("tenant", tenant)
			.register(this.registry)
			.increment();
	}

	public void recordingStored(String tenant, long bytes) {
		DistributionSummary.builder("callimport.recordings.bytes")
			.description("Size of the recordings stored in the object store")
			.baseUnit("bytes")
			.tag("tenant", tenant)
			.register(this.registry)
			.record(bytes);
	}

}
