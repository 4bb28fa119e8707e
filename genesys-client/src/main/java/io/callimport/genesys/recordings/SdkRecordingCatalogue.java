package io.callimport.genesys.recordings;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.mypurecloud.sdk.v2.ApiResponse;
import com.mypurecloud.sdk.v2.model.BatchDownloadJobResult;
import com.mypurecloud.sdk.v2.model.BatchDownloadJobStatusResult;
import com.mypurecloud.sdk.v2.model.BatchDownloadJobSubmission;
import com.mypurecloud.sdk.v2.model.BatchDownloadJobSubmissionResult;
import com.mypurecloud.sdk.v2.model.BatchDownloadRequest;
import org.jspecify.annotations.Nullable;

import io.callimport.genesys.GenesysClient;

/**
 * The {@link RecordingCatalogue} on the SDK's {@code RecordingApi}.
 */
public class SdkRecordingCatalogue implements RecordingCatalogue {

	private static final int ACCEPTED = 202;

	@Override
	public RecordingListing list(GenesysClient client, String conversationId, Duration maxWait, String format) {
		int maxWaitMs = Math.toIntExact(maxWait.toMillis());
		ApiResponse<List<com.mypurecloud.sdk.v2.model.Recording>> response = client
			.callWithHttpInfo(() -> client.recordings()
				.getConversationRecordingsWithHttpInfo(conversationId, maxWaitMs, format, null));
		if (response.getStatusCode() == ACCEPTED) {
			return RecordingListing.stillTranscoding();
		}
		List<com.mypurecloud.sdk.v2.model.Recording> recordings = response.getBody();
		return RecordingListing.of((recordings != null)
				? recordings.stream().filter(Objects::nonNull).map(SdkRecordingCatalogue::recording).toList()
				: List.of());
	}

	@Override
	public Optional<String> submitBatch(GenesysClient client, List<String> conversationIds) {
		if (conversationIds.isEmpty() || conversationIds.size() > MAX_BATCH_CONVERSATIONS) {
			throw new IllegalArgumentException(
					"A recording batch takes 1 to " + MAX_BATCH_CONVERSATIONS + " conversations");
		}
		BatchDownloadJobSubmission submission = new BatchDownloadJobSubmission().batchDownloadRequestList(
				conversationIds.stream().map((id) -> new BatchDownloadRequest().conversationId(id)).toList());
		BatchDownloadJobSubmissionResult submitted = client
			.call(() -> client.recordings().postRecordingBatchrequests(submission));
		return Optional.ofNullable((submitted != null) ? submitted.getId() : null);
	}

	@Override
	public BatchJobStatus batchStatus(GenesysClient client, String jobId) {
		BatchDownloadJobStatusResult status = client.call(() -> client.recordings().getRecordingBatchrequest(jobId));
		if (status == null) {
			return new BatchJobStatus(null, 0, 0, List.of());
		}
		List<BatchResult> results = (status.getResults() != null) ? status.getResults()
			.stream()
			.filter((result) -> result != null && result.getConversationId() != null)
			.map(SdkRecordingCatalogue::result)
			.toList() : List.of();
		return new BatchJobStatus(status.getExpectedResultCount(), count(status.getResultCount()),
				count(status.getErrorCount()), results);
	}

	static Recording recording(com.mypurecloud.sdk.v2.model.Recording model) {
		Map<String, String> uris = new LinkedHashMap<>();
		if (model.getMediaUris() != null) {
			model.getMediaUris().forEach((key, media) -> {
				if (key != null && media != null && media.getMediaUri() != null) {
					uris.put(key, media.getMediaUri());
				}
			});
		}
		return new Recording(model.getId(), model.getMedia(), fileState(model.getFileState()), uris,
				(model.getOutputSizeInBytes() != null) ? model.getOutputSizeInBytes().longValue() : null,
				time(model.getStartTime()), time(model.getEndTime()),
				(model.getOutputDurationMs() != null) ? model.getOutputDurationMs().longValue() : null);
	}

	private static BatchResult result(BatchDownloadJobResult model) {
		return new BatchResult(model.getConversationId(), model.getRecordingId(), model.getResultUrl(),
				model.getContentType(), model.getErrorMsg());
	}

	private static @Nullable FileState fileState(com.mypurecloud.sdk.v2.model.Recording.@Nullable FileStateEnum state) {
		if (state == null) {
			return null;
		}
		try {
			return FileState.valueOf(state.name());
		}
		catch (IllegalArgumentException ex) {
			return FileState.UNKNOWN;
		}
	}

	/** Recording times are strings in the SDK; one that does not parse is left out. */
	private static @Nullable Instant time(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return Instant.parse(value);
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

	private static int count(@Nullable Integer value) {
		return (value != null) ? value : 0;
	}

}
