package io.callimport.genesys.metrics;

import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;

/**
 * The Genesys meters of one tenant. Meter names are listed in the module's README.
 */
public final class ClientMetrics {

	public static final String REQUESTS = "genesys.requests";

	public static final String RATE_LIMITED = "genesys.rate.limited";

	public static final String RETRIES = "genesys.retries";

	public static final String BUDGET_WAIT = "genesys.budget.wait";

	public static final String BUDGET_PENALTIES = "genesys.budget.penalties";

	public static final String BUDGET_PLANNED_RATE = "genesys.budget.planned.rate";

	public static final String LOGINS = "genesys.logins";

	public static final String MEDIA_REQUESTS = "genesys.media.requests";

	public static final String MEDIA_BYTES = "genesys.media.bytes";

	private final MeterRegistry registry;

	private final String tenant;

	public ClientMetrics(MeterRegistry registry, String tenant) {
		this.registry = registry;
		this.tenant = tenant;
	}

	/** One HTTP exchange (each attempt counts) of an API call or of a media download. */
	public void exchange(String meter, String endpoint, String status, String outcome, long nanos) {
		Timer.builder(meter)
			.description("Genesys HTTP exchanges, each attempt counted")
			.tags("endpoint", endpoint, "status", status, "outcome", outcome, "tenant", this.tenant)
			.register(this.registry)
			.record(nanos, TimeUnit.NANOSECONDS);
	}

	public void rateLimited(String endpoint) {
		counter(RATE_LIMITED, "Genesys 429 answers", "endpoint", endpoint).increment();
	}

	public void retry(String endpoint, String reason) {
		counter(RETRIES, "Genesys requests sent again", "endpoint", endpoint, "reason", reason).increment();
	}

	public void budgetWait(String lane, long nanos) {
		Timer.builder(BUDGET_WAIT)
			.description("Time a request waited for the OAuth client's request budget")
			.tags("lane", lane, "tenant", this.tenant)
			.register(this.registry)
			.record(nanos, TimeUnit.NANOSECONDS);
	}

	/**
	 * A pause of the OAuth client this process applied to the shared budget (not counted
	 * when another thread or process had already applied it).
	 * @param reason {@code 429} or {@code window-used-up}
	 */
	public void budgetPenalty(String reason) {
		counter(BUDGET_PENALTIES, "Pauses of the OAuth client applied to its shared request budget", "reason", reason)
			.increment();
	}

	/**
	 * The requests per minute planned for the tenant's OAuth client, read from
	 * {@code source} at each scrape (NaN when there is none). A registry holds one gauge
	 * per name and tags, so when another source registered it first (another
	 * {@code GenesysClients} on the same registry) that one stays.
	 * @return the gauge when this call registered it, for its owner to remove
	 */
	public <T> @Nullable Gauge plannedRate(T source, ToDoubleFunction<T> requestsPerMinute) {
		if (this.registry.find(BUDGET_PLANNED_RATE).tag("tenant", this.tenant).gauge() != null) {
			return null;
		}
		return Gauge.builder(BUDGET_PLANNED_RATE, source, requestsPerMinute)
			.description(
					"Requests per minute planned for the OAuth client: configured, or lower when Genesys allows less")
			.tags("tenant", this.tenant)
			.register(this.registry);
	}

	public void login(boolean success) {
		counter(LOGINS, "Client-credentials logins", "outcome", success ? "SUCCESS" : "FAILURE").increment();
	}

	public void mediaBytes(long bytes) {
		DistributionSummary.builder(MEDIA_BYTES)
			.description("Bytes of recording media streamed per download")
			.baseUnit("bytes")
			.tags("tenant", this.tenant)
			.register(this.registry)
			.record(bytes);
	}

	private Counter counter(String name, String description, String... tags) {
		return Counter.builder(name)
			.description(description)
			.tags(tags)
			.tag("tenant", this.tenant)
			.register(this.registry);
	}

	/** The outcome tag of a status code. */
	public static String outcome(int status) {
		if (status < 200) {
			return "INFORMATIONAL";
		}
		if (status < 300) {
			return "SUCCESS";
		}
		if (status < 400) {
			return "REDIRECTION";
		}
		return (status < 500) ? "CLIENT_ERROR" : "SERVER_ERROR";
	}

}
