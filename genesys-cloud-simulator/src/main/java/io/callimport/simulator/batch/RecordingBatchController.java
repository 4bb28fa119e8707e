package io.callimport.simulator.batch;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mypurecloud.sdk.v2.model.BatchDownloadJobSubmission;
import com.mypurecloud.sdk.v2.model.BatchDownloadJobSubmissionResult;
import com.mypurecloud.sdk.v2.model.BatchDownloadRequest;
import io.callimport.simulator.auth.CallerOrganization;
import io.callimport.simulator.auth.AccessToken;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.web.GenesysApiException;
import io.callimport.simulator.web.GenesysJson;
import io.callimport.simulator.web.GenesysMapper;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Submit a recording batch request (1 to 100 entries) and read its job: the SDK's
 * {@code RecordingApi.postRecordingBatchrequests} and {@code getRecordingBatchrequest}.
 * Both sit under {@code /api/v2}, so token, permission
 * ({@code recording:recording:view}), rate limit, faults and request counts apply as to
 * every other endpoint.
 */
@RestController
@RequestMapping(RecordingBatchController.PATH)
class RecordingBatchController {

	static final String PATH = "/api/v2/recording/batchrequests";

	private final RecordingBatchJobs jobs;

	private final BatchResults results;

	private final OrganizationRegistry organizations;

	private final Clock clock;

	RecordingBatchController(RecordingBatchJobs jobs, BatchResults results, OrganizationRegistry organizations,
			Clock clock) {
		this.jobs = jobs;
		this.results = results;
		this.organizations = organizations;
		this.clock = clock;
	}

	@PostMapping
	GenesysJson submit(@RequestBody String body, HttpServletRequest request) {
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		RecordingBatchJob job = this.jobs.submit(org, AccessToken.of(request).clientId(), entries(body));
		return GenesysJson.of(GenesysMapper.withReadOnly(new BatchDownloadJobSubmissionResult(),
				Map.of("id", job.id(), "selfUri", PATH + "/" + job.id())));
	}

	@GetMapping("/{jobId}")
	GenesysJson job(@PathVariable String jobId, HttpServletRequest request) {
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		RecordingBatchJob job = this.jobs.find(AccessToken.of(request), jobId);
		String baseUrl = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		return GenesysJson.of(this.results.status(job, org, baseUrl, this.clock.instant()));
	}

	private static List<BatchDownloadRequest> entries(String body) {
		try {
			List<BatchDownloadRequest> entries = GenesysMapper.get()
				.readValue(body, BatchDownloadJobSubmission.class)
				.getBatchDownloadRequestList();
			return (entries != null) ? entries : List.of();
		}
		catch (JsonProcessingException ex) {
			throw GenesysApiException.badRequest("The request body is not a batch request: " + ex.getOriginalMessage());
		}
	}

}
