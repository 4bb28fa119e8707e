package io.callimport.simulator.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mypurecloud.sdk.v2.model.BatchDownloadJobResult;
import com.mypurecloud.sdk.v2.model.BatchDownloadJobStatusResult;
import io.callimport.simulator.conversation.PlannedRecording;
import io.callimport.simulator.media.MediaFormat;
import io.callimport.simulator.media.MediaSigner;
import io.callimport.simulator.media.RecordingFile;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.web.GenesysMapper;

import org.springframework.stereotype.Component;

/**
 * A job as {@code GET /api/v2/recording/batchrequests/{jobId}} shows it at an instant:
 * the results produced so far, each as the recording was when it was produced. An
 * available recording gets a pre-signed URL of its μ-law WAV (the trunk codec, as the
 * batch API delivers files), valid for the organisation's media URI lifetime from then;
 * any other gets an error message and no URL.
 */
@Component
class BatchResults {

	private final MediaSigner signer;

	BatchResults(MediaSigner signer) {
		this.signer = signer;
	}

	BatchDownloadJobStatusResult status(RecordingBatchJob job, SimulatedOrganization org, String baseUrl, Instant now) {
		int produced = job.produced(now);
		List<BatchDownloadJobResult> results = new ArrayList<>(produced);
		for (int i = 0; i < produced; i++) {
			results.add(result(job.targets().get(i), job.producedAt(i), org, baseUrl));
		}
		int errors = (int) results.stream().filter((result) -> result.getErrorMsg() != null).count();
		return GenesysMapper
			.withReadOnly(new BatchDownloadJobStatusResult(),
					Map.of("id", job.id(), "selfUri", RecordingBatchController.PATH + "/" + job.id()))
			.jobId(job.id())
			.expectedResultCount(job.targets().size())
			.resultCount(produced)
			.errorCount(errors)
			.results(results);
	}

	private BatchDownloadJobResult result(BatchTarget target, Instant producedAt, SimulatedOrganization org,
			String baseUrl) {
		BatchDownloadJobResult result = new BatchDownloadJobResult().conversationId(target.conversationId())
			.recordingId(target.recordingId());
		PlannedRecording recording = target.recording();
		if (recording == null || target.readyAt() == null) {
			return result.errorMsg(target.error());
		}
		if ("ARCHIVED".equals(recording.fileState())) {
			return result.errorMsg("The recording is archived and must be restored before it can be downloaded.");
		}
		if ("DELETED".equals(recording.fileState())) {
			return result.errorMsg("The recording has been deleted.");
		}
		if (producedAt.isBefore(target.readyAt())) {
			return result.errorMsg("The recording is not available yet: it is still being processed.");
		}
		Instant expires = producedAt.plus(org.scenario().mediaUriLifetime());
		return result.resultUrl(this.signer.uri(baseUrl, recording.id(), MediaFormat.WAV_ULAW, expires))
			.contentType(RecordingFile.CONTENT_TYPE);
	}

}
