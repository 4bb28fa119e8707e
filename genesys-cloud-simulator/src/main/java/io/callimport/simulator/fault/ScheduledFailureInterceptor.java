package io.callimport.simulator.fault;

import io.callimport.simulator.auth.AccessToken;
import io.callimport.simulator.web.GenesysApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Fails a request that a {@link ScheduledFailures} plan names, after the token check,
 * permissions and rate limit.
 */
@Component
class ScheduledFailureInterceptor implements HandlerInterceptor {

	private final ScheduledFailures failures;

	ScheduledFailureInterceptor(ScheduledFailures failures) {
		this.failures = failures;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Object template = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		this.failures
			.take(AccessToken.of(request).organizationId(), request.getMethod(), request.getRequestURI(),
					String.valueOf(template))
			.ifPresent((status) -> {
				throw new GenesysApiException(status, (status >= 500) ? "service.unavailable" : "bad.request",
						"Injected failure: the service could not complete the request.");
			});
		return true;
	}

}
