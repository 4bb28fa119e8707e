package io.callimport.genesys.metrics;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.function.Function;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Times every HTTP exchange (each attempt, each 401 re-send) and counts 429s. Sits inside
 * the retry and budget interceptors so that it sees what Genesys saw.
 */
public final class ExchangeMetricsInterceptor implements Interceptor {

	private final ClientMetrics metrics;

	private final String meter;

	private final Function<Request, String> endpoints;

	public ExchangeMetricsInterceptor(ClientMetrics metrics, String meter, Function<Request, String> endpoints) {
		this.metrics = metrics;
		this.meter = meter;
		this.endpoints = endpoints;
	}

	/** For API calls: {@code genesys.requests} by endpoint template. */
	public static ExchangeMetricsInterceptor forApi(ClientMetrics metrics) {
		return new ExchangeMetricsInterceptor(metrics, ClientMetrics.REQUESTS, EndpointNames::of);
	}

	@Override
	public Response intercept(Chain chain) throws IOException {
		String endpoint = this.endpoints.apply(chain.request());
		long start = System.nanoTime();
		try {
			Response response = chain.proceed(chain.request());
			this.metrics.exchange(this.meter, endpoint, Integer.toString(response.code()),
					ClientMetrics.outcome(response.code()), System.nanoTime() - start);
			if (response.code() == 429) {
				this.metrics.rateLimited(endpoint);
			}
			return response;
		}
		catch (IOException ex) {
			String outcome = (ex instanceof InterruptedIOException) ? "TIMEOUT" : "IO_ERROR";
			this.metrics.exchange(this.meter, endpoint, "NONE", outcome, System.nanoTime() - start);
			throw ex;
		}
	}

}
