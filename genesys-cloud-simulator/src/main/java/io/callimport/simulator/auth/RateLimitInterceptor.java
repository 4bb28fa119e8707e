package io.callimport.simulator.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.callimport.simulator.control.OrganizationScenario;
import io.callimport.simulator.control.RateLimitScope;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.web.GenesysApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Requests per minute per token ({@code token.rate.per.minute}, 300 by default): one
 * fixed window per token from its first request, or, with the organisation's
 * {@link RateLimitScope#CLIENT} scope, one window per OAuth client shared by all its
 * tokens. Every answer carries the {@code inin-ratelimit-*} headers; past the limit, 429
 * with {@code Retry-After} and Genesys' normalised body.
 */
@Component
public class RateLimitInterceptor implements HandlerInterceptor {

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final OrganizationRegistry organizations;

	private final Clock clock;

	/** Genesys' is a minute; tests that wait for its end shorten it. */
	private final Duration window;

	RateLimitInterceptor(OrganizationRegistry organizations, Clock clock,
			@Value("${simulator.rate-limit-window:1m}") Duration window) {
		this.organizations = organizations;
		this.clock = clock;
		this.window = window;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		AccessToken token = AccessToken.of(request);
		OrganizationScenario scenario = this.organizations.find(token.organizationId())
			.map(SimulatedOrganization::scenario)
			.orElse(null);
		int limit = (scenario != null) ? scenario.requestsPerMinute() : 300;
		Instant now = this.clock.instant();
		Window window = this.windows.compute(windowKey(token, scenario),
				(key, current) -> (current == null || !now.isBefore(current.end)) ? new Window(now.plus(this.window), 1)
						: new Window(current.end, current.count + 1));
		long resetSeconds = Math.max(1, (long) Math.ceil(Duration.between(now, window.end).toMillis() / 1000.0));
		response.setHeader("inin-ratelimit-allowed", Integer.toString(limit));
		response.setHeader("inin-ratelimit-count", Integer.toString(Math.min(window.count, limit)));
		response.setHeader("inin-ratelimit-reset", Long.toString(resetSeconds));
		if (window.count > limit) {
			throw new GenesysApiException(429, "too.many.requests.retry.after",
					"Rate limit exceeded the maximum. Retry the request in [" + resetSeconds + "] seconds",
					Map.of("Retry-After", Long.toString(resetSeconds)));
		}
		if (this.windows.size() > 10_000) {
			this.windows.values().removeIf((stale) -> !now.isBefore(stale.end));
		}
		return true;
	}

	private static String windowKey(AccessToken token, @Nullable OrganizationScenario scenario) {
		boolean perClient = scenario != null && scenario.rateLimitScope() == RateLimitScope.CLIENT;
		return perClient ? "client " + token.organizationId() + " " + token.clientId() : "token " + token.value();
	}

	private record Window(Instant end, int count) {
	}

}
