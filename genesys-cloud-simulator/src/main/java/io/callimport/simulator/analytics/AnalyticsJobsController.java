package io.callimport.simulator.analytics;

import java.util.Date;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mypurecloud.sdk.v2.model.AnalyticsConversationAsyncQueryResponse;
import com.mypurecloud.sdk.v2.model.AsyncConversationQuery;
import com.mypurecloud.sdk.v2.model.AsyncQueryResponse;
import com.mypurecloud.sdk.v2.model.AsyncQueryStatus;
import com.mypurecloud.sdk.v2.model.DataAvailabilityResponse;
import io.callimport.simulator.auth.CallerOrganization;
import io.callimport.simulator.auth.AccessToken;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.web.GenesysApiException;
import io.callimport.simulator.web.GenesysJson;
import io.callimport.simulator.web.GenesysMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The async details jobs API: submit (202), state, results by cursor, delete,
 * availability.
 */
@RestController
@RequestMapping("/api/v2/analytics/conversations/details/jobs")
class AnalyticsJobsController {

	private final AnalyticsJobs jobs;

	private final AnalyticsView view;

	private final OrganizationRegistry organizations;

	AnalyticsJobsController(AnalyticsJobs jobs, AnalyticsView view, OrganizationRegistry organizations) {
		this.jobs = jobs;
		this.view = view;
		this.organizations = organizations;
	}

	@PostMapping
	ResponseEntity<GenesysJson> submit(@RequestBody String body, HttpServletRequest request) {
		String jobId = this.jobs.submit(CallerOrganization.of(this.organizations, request), parse(body));
		return ResponseEntity.accepted().body(GenesysJson.of(new AsyncQueryResponse().jobId(jobId)));
	}

	@GetMapping("/{jobId}")
	GenesysJson status(@PathVariable String jobId, HttpServletRequest request) {
		AnalyticsJobs.Job job = this.jobs.find(AccessToken.of(request).organizationId(), jobId);
		boolean done = this.jobs.isDone(job);
		return GenesysJson.of(new AsyncQueryStatus()
			.state(done ? AsyncQueryStatus.StateEnum.FULFILLED : AsyncQueryStatus.StateEnum.PENDING)
			.submissionDate(Date.from(job.submitted()))
			.completionDate(done ? Date.from(job.submitted().plus(AnalyticsJobs.JOB_DELAY)) : null)
			.expirationDate(Date.from(job.submitted().plus(AnalyticsJobs.JOB_LIFETIME))));
	}

	@GetMapping("/{jobId}/results")
	GenesysJson results(@PathVariable String jobId, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "100") int pageSize, HttpServletRequest request) {
		AnalyticsJobs.Job job = this.jobs.find(AccessToken.of(request).organizationId(), jobId);
		if (!this.jobs.isDone(job)) {
			throw GenesysApiException.badRequest("Job " + jobId + " is not fulfilled yet");
		}
		if (pageSize < 1 || pageSize > 1000) {
			throw GenesysApiException.badRequest("pageSize must be between 1 and 1000");
		}
		int from = (cursor != null) ? decode(cursor) : 0;
		int to = Math.min(job.results().size(), from + pageSize);
		return GenesysJson.of(new AnalyticsConversationAsyncQueryResponse()
			.conversations((from < to) ? job.results().subList(from, to) : null)
			.cursor((to < job.results().size()) ? Integer.toString(to) : null)
			.dataAvailabilityDate(Date.from(job.asOf())));
	}

	@DeleteMapping("/{jobId}")
	ResponseEntity<Void> delete(@PathVariable String jobId, HttpServletRequest request) {
		this.jobs.delete(AccessToken.of(request).organizationId(), jobId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/availability")
	GenesysJson availability(HttpServletRequest request) {
		Date available = Date.from(this.view.asOf(CallerOrganization.of(this.organizations, request)));
		return GenesysJson.of(new DataAvailabilityResponse().dataAvailabilityDate(available));
	}

	private static int decode(String cursor) {
		try {
			return Integer.parseInt(cursor);
		}
		catch (NumberFormatException ex) {
			throw GenesysApiException.badRequest("Invalid cursor " + cursor);
		}
	}

	private static AsyncConversationQuery parse(String body) {
		try {
			return GenesysMapper.get().readValue(body, AsyncConversationQuery.class);
		}
		catch (JsonProcessingException ex) {
			throw GenesysApiException
				.badRequest("The request body is not a conversation query: " + ex.getOriginalMessage());
		}
	}

}
