package io.callimport.genesys.budget;

import java.io.IOException;
import java.time.Instant;

import io.callimport.genesys.metrics.ClientMetrics;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a permit of the OAuth client's budget for every HTTP exchange of one lane (each
 * attempt counts: Genesys counts them too), records the wait, and feeds what Genesys
 * answers back into the budget: a 429 or a used-up rate-limit window pauses the client,
 * {@code inin-ratelimit-allowed} caps its plan (see {@link RateLimitHeaders}).
 */
public final class BudgetInterceptor implements Interceptor {

	private static final Logger log = LoggerFactory.getLogger(BudgetInterceptor.class);

	private final RequestBudget budget;

	private final Lane lane;

	private final ClientMetrics metrics;

	public BudgetInterceptor(RequestBudget budget, Lane lane, ClientMetrics metrics) {
		this.budget = budget;
		this.lane = lane;
		this.metrics = metrics;
	}

	@Override
	public Response intercept(Chain chain) throws IOException {
		long waited = this.budget.acquire(this.lane);
		this.metrics.budgetWait(this.lane.name(), waited);
		Response response = chain.proceed(chain.request());
		follow(RateLimitHeaders.of(response, Instant.now()));
		return response;
	}

	/**
	 * The answer arrived either way: a budget store that cannot take the feedback is
	 * logged, and the caller still gets its response.
	 */
	private void follow(RateLimitHeaders limits) {
		try {
			this.budget.planFor(limits.allowed());
			RateLimitHeaders.Pause pause = limits.pause();
			if (pause != null && this.budget.pause(pause.length())) {
				this.metrics.budgetPenalty(pause.reason());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not apply Genesys' rate-limit answer (HTTP {}) to the request budget: {}", limits.status(),
					ex.toString());
		}
	}

}
