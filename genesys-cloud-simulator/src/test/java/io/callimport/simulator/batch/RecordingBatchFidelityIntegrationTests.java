package io.callimport.simulator.batch;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.RecordingApi;
import com.mypurecloud.sdk.v2.model.BatchDownloadJobResult;
import com.mypurecloud.sdk.v2.model.BatchDownloadJobStatusResult;
import com.mypurecloud.sdk.v2.model.BatchDownloadJobSubmission;
import com.mypurecloud.sdk.v2.model.BatchDownloadJobSubmissionResult;
import com.mypurecloud.sdk.v2.model.BatchDownloadRequest;
import io.callimport.simulator.GenesysCloudSimulator;
import io.callimport.simulator.SimulatorClients;
import io.callimport.simulator.UlawWav;
import io.callimport.simulator.control.CallRequest;
import io.callimport.simulator.control.GroundTruthConversation;
import io.callimport.simulator.control.GroundTruthRecording;
import io.callimport.simulator.control.OAuthClientCredentials;
import io.callimport.simulator.control.OrganizationScenario;
import io.callimport.simulator.control.OrganizationSettings;
import io.callimport.simulator.control.OrganizationState;
import io.callimport.simulator.control.SimulatorControl;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The official SDK's batch flow against the simulator (submit, poll until the counts
 * match, download every {@code resultUrl}): results for available, archived, deleted, not
 * yet transcoded and unknown recordings, none for a call without recordings, and every
 * file a μ-law WAV that converts to exactly the WAV ground truth lists.
 */
class RecordingBatchFidelityIntegrationTests {

	private static final String ORG = "batch-org";

	private static GenesysCloudSimulator genesys;

	private static SimulatorControl control;

	private static OrganizationState org;

	private static RecordingApi recordings;

	@BeforeAll
	static void organization() {
		genesys = GenesysCloudSimulator.shared();
		control = genesys.control();
		// Transcoding takes 30 s: a call ending now is "not yet available" for the whole
		// test, while historic calls are long ready.
		org = control.putOrganization(ORG,
				OrganizationScenario.of("batch-client", "secret", "Agents", 4)
					.withClients(List.of(new OAuthClientCredentials("batch-client", "secret"),
							new OAuthClientCredentials("batch-other-client", "secret")))
					.withLags(Duration.ZERO, Duration.ofSeconds(30))
					.withBatchProcessingTime(Duration.ofMillis(300)));
		recordings = new RecordingApi(sdk("batch-client"));
	}

	@Test
	void resolvesAMixedBatchAndServesEveryResultAsAMuLawWavOfTheGroundTruthRecording() throws Exception {
		Instant past = Instant.now().minus(Duration.ofHours(2));
		String agent = org.agentUserIds().get(0);
		String mono = call(CallRequest.answeredBy(agent).withRecording(1, "AVAILABLE", 1, 16_044L).startedAt(past));
		String transferred = call(CallRequest.answeredBy(agent)
			.withTransferTo(org.agentUserIds().get(1), 2)
			.withRecording(2, "AVAILABLE", 2, 24_044L)
			.startedAt(past.plusSeconds(60)));
		String archived = call(CallRequest.answeredBy(agent).withRecording(1, "ARCHIVED", 1, null).startedAt(past));
		String deleted = call(CallRequest.answeredBy(agent).withRecording(1, "DELETED", 1, null).startedAt(past));
		String unrecorded = call(CallRequest.answeredBy(agent).withRecording(0, "AVAILABLE", 1, null).startedAt(past));
		String transcoding = call(CallRequest.answeredBy(agent)
			.withTiming(Duration.ofMillis(200), Duration.ZERO)
			.withRecording(1, "AVAILABLE", 1, null));
		Map<String, GroundTruthConversation> truth = control.groundTruth(ORG, null, null, true)
			.conversations()
			.stream()
			.collect(Collectors.toMap(GroundTruthConversation::conversationId, Function.identity()));
		String secondOfTransfer = truth.get(transferred).recordings().get(1).recordingId();

		BatchDownloadJobSubmissionResult submitted = recordings
			.postRecordingBatchrequests(new BatchDownloadJobSubmission().batchDownloadRequestList(List.of(entry(mono),
					entry(transferred), entry(archived), entry(deleted), entry(unrecorded), entry(transcoding),
					entry("no-such-conversation"), entry(transferred).recordingId(secondOfTransfer))));
		BatchDownloadJobStatusResult job = poll(recordings, submitted.getId());

		assertThat(submitted.getSelfUri()).isEqualTo("/api/v2/recording/batchrequests/" + submitted.getId());
		assertThat(job.getId()).isEqualTo(submitted.getId());
		assertThat(job.getJobId()).isEqualTo(submitted.getId());
		assertThat(job.getExpectedResultCount()).isEqualTo(8);
		assertThat(job.getErrorCount()).isEqualTo(4);
		assertThat(job.getResults()).extracting(BatchDownloadJobResult::getConversationId)
			.containsExactly(mono, transferred, transferred, archived, deleted, transcoding, "no-such-conversation",
					transferred)
			.doesNotContain(unrecorded);
		List<BatchDownloadJobResult> results = job.getResults();
		assertThat(results.get(3).getErrorMsg()).contains("archived");
		assertThat(results.get(4).getErrorMsg()).contains("deleted");
		assertThat(results.get(5).getErrorMsg()).contains("not available yet");
		assertThat(results.get(6).getErrorMsg()).contains("not found");
		assertThat(results.get(6).getRecordingId()).isNull();
		assertThat(results.subList(3, 7)).allSatisfy((error) -> {
			assertThat(error.getResultUrl()).isNull();
			assertThat(error.getContentType()).isNull();
		});
		assertThat(results.get(7).getRecordingId()).isEqualTo(secondOfTransfer);
		for (int i : new int[] { 0, 1, 2, 7 }) {
			BatchDownloadJobResult result = results.get(i);
			GroundTruthRecording recording = truth.get(result.getConversationId())
				.recordings()
				.stream()
				.filter((r) -> r.recordingId().equals(result.getRecordingId()))
				.findFirst()
				.orElseThrow();
			assertThat(result.getErrorMsg()).isNull();
			assertThat(result.getContentType()).isEqualTo("audio/wav");
			assertDownloadIsTheMuLawFormOf(recording, result.getResultUrl());
		}
	}

	@Test
	void producesResultsOneByOneOverTheBatchProcessingTime() throws Exception {
		List<String> calls = control.createCalls(ORG,
				CallRequest.answeredBy(org.agentUserIds().get(2))
					.withCount(4)
					.startedAt(Instant.now().minus(Duration.ofHours(1))));
		control.updateSettings(ORG, OrganizationSettings.unchanged().withBatchProcessingTime(Duration.ofSeconds(3)));
		try {
			String jobId = recordings
				.postRecordingBatchrequests(new BatchDownloadJobSubmission().batchDownloadRequestList(
						calls.stream().map(RecordingBatchFidelityIntegrationTests::entry).toList()))
				.getId();
			List<Integer> counts = new ArrayList<>();
			await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(() -> {
				BatchDownloadJobStatusResult job = recordings.getRecordingBatchrequest(jobId);
				counts.add(job.getResultCount());
				assertThat(job.getResults()).hasSize(job.getResultCount());
				return job.getResultCount().equals(job.getExpectedResultCount());
			});

			assertThat(counts).isSorted().endsWith(4).anyMatch((count) -> count > 0 && count < 4);
		}
		finally {
			control.updateSettings(ORG,
					OrganizationSettings.unchanged().withBatchProcessingTime(Duration.ofMillis(300)));
		}
	}

	@Test
	void letsOnlyTheSubmittingClientReadAJob() throws Exception {
		String call = call(
				CallRequest.answeredBy(org.agentUserIds().get(3)).startedAt(Instant.now().minusSeconds(600)));
		String jobId = recordings
			.postRecordingBatchrequests(new BatchDownloadJobSubmission().batchDownloadRequestList(List.of(entry(call))))
			.getId();
		control.putOrganization("batch-elsewhere", OrganizationScenario.of("batch-elsewhere-client", "secret", "A", 1));
		RecordingApi sameOrganization = new RecordingApi(sdk("batch-other-client"));
		RecordingApi otherOrganization = new RecordingApi(sdk("batch-elsewhere-client"));

		assertThat(poll(recordings, jobId).getResultCount()).isEqualTo(1);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> sameOrganization.getRecordingBatchrequest(jobId))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(403))
			.satisfies((ex) -> assertThat(ex.getRawBody()).contains("\"code\":\"batch.download.permission.denied\""));
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> otherOrganization.getRecordingBatchrequest(jobId))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404))
			.satisfies((ex) -> assertThat(ex.getRawBody()).contains("\"code\":\"batch.download.job.not.found\""));
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> recordings.getRecordingBatchrequest("no-such-job"))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(404));
	}

	@Test
	void refusesAnEmptyRequestListAndOneOfMoreThan100Entries() {
		List<BatchDownloadRequest> tooMany = IntStream.range(0, 101).mapToObj((i) -> entry("c" + i)).toList();
		List<BatchDownloadRequest> hundred = tooMany.subList(0, 100);

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> recordings
				.postRecordingBatchrequests(new BatchDownloadJobSubmission().batchDownloadRequestList(tooMany)))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400))
			.satisfies((ex) -> assertThat(ex.getRawBody()).contains("\"code\":\"batch.download.too.many.items\""));
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> recordings
				.postRecordingBatchrequests(new BatchDownloadJobSubmission().batchDownloadRequestList(List.of())))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(400))
			.satisfies((ex) -> assertThat(ex.getRawBody()).contains("\"code\":\"batch.download.bad.request\""));
		assertThat(poll(recordings, submit(hundred)).getErrorCount()).isEqualTo(100);
	}

	@Test
	void guardsTheBatchEndpointsLikeEveryOtherAndCountsTheirRequests() throws Exception {
		String orgId = "batch-guarded";
		OrganizationState guarded = control.putOrganization(orgId,
				OrganizationScenario.of("batch-guarded-client", "secret", "A", 1)
					.withClients(List.of(new OAuthClientCredentials("batch-guarded-client", "secret"),
							new OAuthClientCredentials("batch-blind-client", "secret")
								.withoutPermissions("recording:recording:view")))
					.withLags(Duration.ZERO, Duration.ZERO));
		String call = control
			.createCalls(orgId,
					CallRequest.answeredBy(guarded.agentUserIds().get(0)).startedAt(Instant.now().minusSeconds(60)))
			.get(0);
		RecordingApi api = new RecordingApi(sdk("batch-guarded-client"));
		RecordingApi blind = new RecordingApi(sdk("batch-blind-client"));
		BatchDownloadJobSubmission body = new BatchDownloadJobSubmission()
			.batchDownloadRequestList(List.of(entry(call)));
		control.resetRequests();

		String jobId = api.postRecordingBatchrequests(body).getId();
		String resultUrl = poll(api, jobId).getResults().get(0).getResultUrl();
		SimulatorClients.HTTP.newCall(new Request.Builder().url(resultUrl).build()).execute().close();
		control.setOrganizationFaults(orgId,
				io.callimport.simulator.control.FaultSettings.none()
					.withErrorRate(1.0)
					.withErrorStatuses(List.of(503)));
		int faulted = statusOf(() -> api.getRecordingBatchrequest(jobId));
		control.clearOrganizationFaults(orgId);
		control.updateSettings(orgId, OrganizationSettings.unchanged().withRequestsPerMinute(1));
		int limited = statusOf(() -> api.getRecordingBatchrequest(jobId));
		int forbidden = statusOf(() -> blind.postRecordingBatchrequests(body));

		assertThat(faulted).isEqualTo(503);
		assertThat(limited).isEqualTo(429);
		assertThat(forbidden).isEqualTo(403);
		var counts = control.requests();
		assertThat(counts.count("POST", "/api/v2/recording/batchrequests", 200)).isEqualTo(1);
		assertThat(counts.count("GET", "/api/v2/recording/batchrequests/{jobId}", 200)).isPositive();
		assertThat(counts.count("GET", "/api/v2/recording/batchrequests/{jobId}", 503)).isEqualTo(1);
		assertThat(counts.count("GET", "/api/v2/recording/batchrequests/{jobId}", 429)).isEqualTo(1);
		assertThat(counts.count("POST", "/api/v2/recording/batchrequests", 403)).isEqualTo(1);
		assertThat(counts.count("GET", "/media/ulaw/{recordingId}.wav", 200)).isEqualTo(1);
	}

	private static int statusOf(SdkCall call) {
		try {
			call.run();
			return 200;
		}
		catch (ApiException ex) {
			return ex.getStatusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	private interface SdkCall {

		void run() throws Exception;

	}

	private static String submit(List<BatchDownloadRequest> entries) {
		try {
			return recordings
				.postRecordingBatchrequests(new BatchDownloadJobSubmission().batchDownloadRequestList(entries))
				.getId();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What the Genesys tutorial does: poll the job until its counts match. */
	static BatchDownloadJobStatusResult poll(RecordingApi api, String jobId) {
		return await().atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> api.getRecordingBatchrequest(jobId),
					(job) -> job.getResultCount().equals(job.getExpectedResultCount()));
	}

	/**
	 * Downloads the result without a token: the μ-law file ground truth describes, which
	 * a consumer's conversion turns into exactly the WAV file.
	 */
	private static void assertDownloadIsTheMuLawFormOf(GroundTruthRecording recording, String resultUrl)
			throws Exception {
		try (Response media = SimulatorClients.HTTP.newCall(new Request.Builder().url(resultUrl).build()).execute();
				InputStream in = media.body().byteStream()) {
			byte[] ulaw = in.readAllBytes();
			ByteArrayOutputStream pcm = new ByteArrayOutputStream();
			UlawWav.Format format = UlawWav.toPcm(new java.io.ByteArrayInputStream(ulaw), pcm);

			assertThat(media.code()).isEqualTo(200);
			assertThat(media.header("Content-Type")).isEqualTo("audio/wav");
			assertThat(media.header("Content-Length")).isEqualTo(Long.toString(recording.ulawBytes()));
			assertThat(format.tag()).isEqualTo(7);
			assertThat(format.channels()).isEqualTo(recording.channels());
			assertThat(format.sampleRate()).isEqualTo(8000);
			assertThat(format.factFrames()).isEqualTo((recording.bytes() - 44) / (2L * recording.channels()));
			assertThat(sha256(ulaw)).isEqualTo(recording.ulawSha256());
			assertThat(pcm.size()).isEqualTo(recording.bytes());
			assertThat(sha256(pcm.toByteArray())).isEqualTo(recording.sha256());
		}
		try (Response pcmPath = SimulatorClients.HTTP
			.newCall(new Request.Builder().url(resultUrl.replace("/media/ulaw/", "/media/recordings/")).build())
			.execute()) {
			assertThat(pcmPath.code()).as("a μ-law URI does not open the PCM file").isEqualTo(403);
		}
	}

	private static String call(CallRequest request) {
		return control.createCalls(ORG, request).get(0);
	}

	private static BatchDownloadRequest entry(String conversationId) {
		return new BatchDownloadRequest().conversationId(conversationId);
	}

	private static ApiClient sdk(String clientId) {
		return SimulatorClients.sdk(genesys.baseUrl(), SimulatorClients.token(genesys.baseUrl(), clientId, "secret"));
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
