package io.callimport.genesys.recordings;

import java.time.Duration;
import java.util.List;

import io.callimport.genesys.SimulatedTenant;
import io.callimport.simulator.control.CallRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The recording catalogue against the simulator: lists with file states, media URIs,
 * sizes, times and durations; 202 while transcoding; batch jobs submitted and polled.
 */
class SdkRecordingCatalogueIntegrationTests {

	private static SimulatedTenant tenant;

	private final RecordingCatalogue catalogue = new SdkRecordingCatalogue();

	@BeforeAll
	static void start() {
		tenant = SimulatedTenant.start("org-recording-catalogue");
	}

	@AfterAll
	static void stop() {
		tenant.close();
	}

	@Test
	void listsAConversationsRecordingsWithWhatTheImportNeeds() {
		String available = tenant.historicCalls(CallRequest.answeredBy(tenant.agent(0))).get(0);
		String archived = tenant
			.historicCalls(CallRequest.answeredBy(tenant.agent(0)).withRecording(1, "ARCHIVED", 1, null))
			.get(0);

		RecordingListing listing = this.catalogue.list(tenant.client(), available, Duration.ofSeconds(1), "WAV");
		RecordingListing archivedListing = this.catalogue.list(tenant.client(), archived, Duration.ofSeconds(1), "WAV");

		assertThat(listing.transcoding()).isFalse();
		assertThat(listing.recordings()).hasSize(1);
		Recording recording = listing.recordings().get(0);
		assertThat(recording.id()).isNotBlank();
		assertThat(recording.media()).isEqualTo("audio");
		assertThat(recording.fileState()).isEqualTo(FileState.AVAILABLE);
		assertThat(recording.mediaUris()).isNotEmpty();
		assertThat(recording.outputSizeInBytes()).isPositive();
		assertThat(recording.startTime()).isBefore(recording.endTime());
		assertThat(recording.outputDurationMs()).isPositive();
		assertThat(archivedListing.recordings()).extracting(Recording::fileState).containsExactly(FileState.ARCHIVED);
	}

	@Test
	void tellsThatGenesysIsStillTranscoding() {
		// a live call: its recording is not ready before the call has ended
		String live = tenant.simulator()
			.control()
			.createCalls(tenant.org().organizationId(),
					CallRequest.answeredBy(tenant.agent(1)).withTiming(Duration.ofSeconds(30), Duration.ofSeconds(1)))
			.get(0);

		RecordingListing listing = this.catalogue.list(tenant.client(), live, Duration.ZERO, "WAV");

		assertThat(listing.transcoding()).isTrue();
		assertThat(listing.recordings()).isEmpty();
	}

	@Test
	void submitsABatchJobAndPollsItsResults() {
		List<String> ids = tenant.historicCalls(CallRequest.answeredBy(tenant.agent(2)).withCount(2));

		String jobId = this.catalogue.submitBatch(tenant.client(), ids).orElseThrow();
		BatchJobStatus status = await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.catalogue.batchStatus(tenant.client(), jobId), BatchJobStatus::complete);

		assertThat(status.expectedResultCount()).isEqualTo(2);
		assertThat(status.results()).extracting(BatchResult::conversationId).containsExactlyInAnyOrderElementsOf(ids);
		assertThat(status.results()).allSatisfy((result) -> {
			assertThat(result.errorMsg()).isNull();
			assertThat(result.recordingId()).isNotBlank();
			assertThat(result.resultUrl()).isNotBlank();
		});
	}

}
