package io.callimport.genesys.budget;

import java.io.IOException;

import io.callimport.genesys.metrics.ClientMetrics;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Takes a permit of the OAuth client's budget for every HTTP exchange of one lane (each
 * attempt counts: Genesys counts them too) and records the wait.
 */
public final class BudgetInterceptor implements Interceptor {

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
		return chain.proceed(chain.request());
	}

}
