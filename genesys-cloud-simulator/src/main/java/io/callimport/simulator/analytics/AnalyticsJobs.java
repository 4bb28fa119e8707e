package io.callimport.simulator.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.mypurecloud.sdk.v2.model.AnalyticsConversation;
import com.mypurecloud.sdk.v2.model.AsyncConversationQuery;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.web.GenesysApiException;
import io.callimport.simulator.web.GenesysMapper;

import org.springframework.stereotype.Component;

/**
 * Async details jobs. A job is evaluated when submitted, as analytics saw the
 * conversations then, and reads {@code FULFILLED} after {@link #JOB_DELAY}. It matches
 * every conversation whose lifetime overlaps the interval, or with
 * {@code startOfDayIntervalMatching} those that started on a day the interval touches.
 * There is no interval limit for jobs.
 */
@Component
class AnalyticsJobs {

	static final Duration JOB_DELAY = Duration.ofMillis(500);

	static final Duration JOB_LIFETIME = Duration.ofHours(48);

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final AnalyticsView view;

	private final Clock clock;

	AnalyticsJobs(AnalyticsView view, Clock clock) {
		this.view = view;
		this.clock = clock;
	}

	String submit(SimulatedOrganization org, AsyncConversationQuery query) {
		DetailsQuery rules = DetailsQuery.of(query.getInterval(), Queries.segmentFilters(query.getSegmentFilters()),
				Queries.conversationFilters(query.getConversationFilters()), query.getOrder(), query.getOrderBy(),
				false);
		Instant asOf = this.view.asOf(org);
		boolean startOfDay = Boolean.TRUE.equals(query.getStartOfDayIntervalMatching());
		List<AnalyticsConversation> results = this.view.visible(org)
			.stream()
			.filter((c) -> startOfDay ? rules.startDayTouched(c.start())
					: rules.overlaps(c.start(), c.hasEnded(asOf) ? c.end() : null))
			.map((c) -> ConversationDetails.of(c, asOf))
			.filter(rules::matches)
			.sorted(rules.order())
			.limit((query.getLimit() != null) ? query.getLimit() : Long.MAX_VALUE)
			.map((details) -> GenesysMapper.get().convertValue(details, AnalyticsConversation.class))
			.toList();
		String jobId = UUID.randomUUID().toString();
		this.jobs.put(jobId, new Job(org.id(), this.clock.instant(), asOf, results));
		this.jobs.values().removeIf((job) -> job.submitted().plus(JOB_LIFETIME).isBefore(this.clock.instant()));
		return jobId;
	}

	Job find(String organizationId, String jobId) {
		Job job = this.jobs.get(jobId);
		if (job == null || !job.organizationId().equals(organizationId)) {
			throw GenesysApiException.notFound("Job " + jobId);
		}
		return job;
	}

	void delete(String organizationId, String jobId) {
		find(organizationId, jobId);
		this.jobs.remove(jobId);
	}

	boolean isDone(Job job) {
		return !this.clock.instant().isBefore(job.submitted().plus(JOB_DELAY));
	}

	record Job(String organizationId, Instant submitted, Instant asOf, List<AnalyticsConversation> results) {
	}

}
