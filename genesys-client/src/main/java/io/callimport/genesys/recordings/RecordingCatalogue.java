package io.callimport.genesys.recordings;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.callimport.genesys.GenesysClient;
import io.callimport.genesys.failure.GenesysException;

/**
 * Genesys' recordings of conversations: one conversation's list ({@code GET
 * /api/v2/conversations/{id}/recordings}) and batch download jobs
 * ({@code POST /api/v2/recording/batchrequests}, polled by id). Each request goes through
 * the tenant client's chain: its lane of the request budget, retries and failure
 * classification. Media is downloaded with {@link GenesysClient#openMedia}.
 */
public interface RecordingCatalogue {

	/** The most conversations one batch job takes. */
	int MAX_BATCH_CONVERSATIONS = 100;

	/**
	 * A conversation's recordings in the given audio format.
	 * @param maxWait how long Genesys may hold the answer while it transcodes
	 * @param format e.g. {@code WAV}
	 * @throws GenesysException classified
	 */
	RecordingListing list(GenesysClient client, String conversationId, Duration maxWait, String format);

	/**
	 * Submits a batch job for every recording of these conversations (1 to
	 * {@link #MAX_BATCH_CONVERSATIONS}).
	 * @return the job's id; empty when Genesys accepted it without one
	 * @throws GenesysException classified
	 */
	Optional<String> submitBatch(GenesysClient client, List<String> conversationIds);

	/**
	 * A batch job's progress and its results so far.
	 * @throws GenesysException classified
	 */
	BatchJobStatus batchStatus(GenesysClient client, String jobId);

}
