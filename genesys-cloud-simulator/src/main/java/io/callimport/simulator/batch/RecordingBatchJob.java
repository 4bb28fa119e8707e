package io.callimport.simulator.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A submitted batch job. Its results are produced one after the other over its processing
 * time, in the order of the request list: result {@code i} of {@code n} exists from
 * {@code submitted + processingTime × (i + 1) / n} on, and says what the recording was at
 * that instant.
 *
 * @param id the job id
 * @param organizationId the submitter's organisation
 * @param clientId the submitting OAuth client: the only one that may read the job
 * @param submitted when it was submitted
 * @param processingTime the organisation's batch processing time then
 * @param targets one per expected result
 */
record RecordingBatchJob(String id, String organizationId, String clientId, Instant submitted, Duration processingTime,
		List<BatchTarget> targets) {

	/** When result {@code index} is produced. */
	Instant producedAt(int index) {
		return this.submitted.plusNanos(this.processingTime.toNanos() * (index + 1) / this.targets.size());
	}

	/** How many results exist at {@code now}. */
	int produced(Instant now) {
		int count = 0;
		while (count < this.targets.size() && !now.isBefore(producedAt(count))) {
			count++;
		}
		return count;
	}

}
