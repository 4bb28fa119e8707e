package io.callimport.simulator.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.callimport.simulator.control.RequestCount;
import io.callimport.simulator.control.RequestCounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Counts requests to Genesys paths (API, login, media) per method, endpoint template,
 * status, organisation and client: what a test reads to prove batching or retries.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestCounter extends OncePerRequestFilter {

	private static final String ORGANIZATION = RequestCounter.class.getName() + ".organization";

	private static final String CLIENT = RequestCounter.class.getName() + ".client";

	private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();

	/** Names the caller of this request, once known. */
	public static void tag(HttpServletRequest request, @Nullable String organizationId, @Nullable String clientId) {
		request.setAttribute(ORGANIZATION, organizationId);
		request.setAttribute(CLIENT, clientId);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !(path.startsWith("/api/") || path.startsWith("/oauth/") || path.startsWith("/media/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
			Key key = new Key(request.getMethod(), (pattern != null) ? pattern.toString() : request.getRequestURI(),
					response.getStatus(), (String) request.getAttribute(ORGANIZATION),
					(String) request.getAttribute(CLIENT));
			this.counts.computeIfAbsent(key, (k) -> new LongAdder()).increment();
		}
	}

	public RequestCounts snapshot() {
		List<RequestCount> entries = this.counts.entrySet()
			.stream()
			.map((e) -> new RequestCount(e.getKey().method, e.getKey().path, e.getKey().status,
					e.getKey().organizationId, e.getKey().clientId, e.getValue().sum()))
			.sorted(Comparator.comparing(RequestCount::path)
				.thenComparing(RequestCount::method)
				.thenComparingInt(RequestCount::status))
			.toList();
		return new RequestCounts(entries.stream().mapToLong(RequestCount::count).sum(), entries);
	}

	public void reset() {
		this.counts.clear();
	}

	private record Key(String method, String path, int status, @Nullable String organizationId,
			@Nullable String clientId) {
	}

}
