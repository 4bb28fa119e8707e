package io.callimport.simulator.fault;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.callimport.simulator.auth.AccessToken;
import io.callimport.simulator.control.FaultSettings;
import io.callimport.simulator.web.GenesysApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Adds the configured latency to API requests and fails a share of them with a 5xx
 * {@code ErrorBody}, after authentication and the rate limit (so failed requests count
 * against the limit, as real ones do).
 */
@Component
public class FaultInterceptor implements HandlerInterceptor {

	private final FaultRegistry faults;

	FaultInterceptor(FaultRegistry faults) {
		this.faults = faults;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws InterruptedException {
		FaultSettings settings = this.faults.effective(AccessToken.of(request).organizationId());
		if (!settings.latency().isZero()) {
			Thread.sleep(settings.latency().toMillis());
		}
		if (FaultRegistry.chance(settings.errorRate())) {
			List<Integer> statuses = settings.errorStatuses();
			int status = statuses.get(ThreadLocalRandom.current().nextInt(statuses.size()));
			throw new GenesysApiException(status, code(status), "Injected fault: the service failed to respond.");
		}
		return true;
	}

	private static String code(int status) {
		return switch (status) {
			case 502 -> "bad.gateway";
			case 503 -> "service.unavailable";
			case 504 -> "gateway.timeout";
			default -> "internal.server.error";
		};
	}

}
