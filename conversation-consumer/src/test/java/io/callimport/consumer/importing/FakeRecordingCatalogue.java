package io.callimport.consumer.importing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.recordings.BatchJobStatus;
import io.callimport.genesys.recordings.BatchResult;
import io.callimport.genesys.recordings.RecordingCatalogue;
import io.callimport.genesys.recordings.RecordingListing;

/**
 * A hand-written recording catalogue: canned lists by conversation, and one batch job
 * that is complete at its first poll with the given results (or fails).
 */
class FakeRecordingCatalogue implements RecordingCatalogue {

	final Map<String, RecordingListing> listings = new HashMap<>();

	final List<BatchResult> batchResults = new ArrayList<>();

	final List<String> listed = new ArrayList<>();

	final List<List<String>> submitted = new ArrayList<>();

	RuntimeException pollFailure;

	@Override
	public RecordingListing list(GenesysClient client, String conversationId, Duration maxWait, String format) {
		this.listed.add(conversationId);
		return this.listings.getOrDefault(conversationId, RecordingListing.of(List.of()));
	}

	@Override
	public Optional<String> submitBatch(GenesysClient client, List<String> conversationIds) {
		this.submitted.add(conversationIds);
		return Optional.of("job-" + this.submitted.size());
	}

	@Override
	public BatchJobStatus batchStatus(GenesysClient client, String jobId) {
		if (this.pollFailure != null) {
			throw this.pollFailure;
		}
		return new BatchJobStatus(this.batchResults.size(), this.batchResults.size(), 0, this.batchResults);
	}

}
