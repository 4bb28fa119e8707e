package io.callimport.simulator.control;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Settings of a live organisation that {@code PATCH …/{orgId}/settings} may change
 * without replacing it (its users, calls, tokens and channels stay). In a change, a
 * {@code null} field keeps the current value; an answer carries every value in force.
 *
 * @param requestsPerMinute API rate limit per window
 * @param rateLimitScope one window per token or per OAuth client
 * @param batchProcessingTime time a recording batch request takes to produce all its
 * results (applies to requests submitted afterwards)
 */
public record OrganizationSettings(@Nullable Integer requestsPerMinute, @Nullable RateLimitScope rateLimitScope,
		@Nullable Duration batchProcessingTime) {

	/** A change that changes nothing; add values with the {@code with…} methods. */
	public static OrganizationSettings unchanged() {
		return new OrganizationSettings(null, null, null);
	}

	public static OrganizationSettings of(OrganizationScenario scenario) {
		return new OrganizationSettings(scenario.requestsPerMinute(), scenario.rateLimitScope(),
				scenario.batchProcessingTime());
	}

	public OrganizationSettings withRequestsPerMinute(int requestsPerMinute) {
		return new OrganizationSettings(requestsPerMinute, this.rateLimitScope, this.batchProcessingTime);
	}

	public OrganizationSettings withRateLimitScope(RateLimitScope rateLimitScope) {
		return new OrganizationSettings(this.requestsPerMinute, rateLimitScope, this.batchProcessingTime);
	}

	public OrganizationSettings withBatchProcessingTime(Duration batchProcessingTime) {
		return new OrganizationSettings(this.requestsPerMinute, this.rateLimitScope, batchProcessingTime);
	}

	/** The scenario with this change applied (checked as any scenario is). */
	public OrganizationScenario applyTo(OrganizationScenario scenario) {
		OrganizationScenario changed = scenario;
		if (this.requestsPerMinute != null) {
			changed = changed.withLimits(changed.topicsPerChannel(), changed.channelsPerClient(),
					this.requestsPerMinute);
		}
		if (this.rateLimitScope != null) {
			changed = changed.withRateLimitScope(this.rateLimitScope);
		}
		if (this.batchProcessingTime != null) {
			changed = changed.withBatchProcessingTime(this.batchProcessingTime);
		}
		return changed;
	}

}
