package io.callimport.simulator.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.callimport.simulator.organization.OrganizationRemoved;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Failures planned for particular requests of an organisation: the next {@code times}
 * requests with this method and path (the endpoint template, e.g.
 * {@code /api/v2/groups/{groupId}/members}, or the path itself) fail with {@code status}.
 * What a test uses to break an installation in the middle.
 */
@Component
public class ScheduledFailures {

	private final Map<String, List<Planned>> planned = new ConcurrentHashMap<>();

	public void plan(String organizationId, String method, String path, int status, int times) {
		if (status < 400 || status > 599 || times < 1) {
			throw new IllegalArgumentException("status must be 4xx or 5xx and times at least 1");
		}
		this.planned.computeIfAbsent(organizationId, (id) -> new ArrayList<>())
			.add(new Planned(method.toUpperCase(java.util.Locale.ROOT), path, status, new int[] { times }));
	}

	/** Takes one planned failure matching the request, if any. */
	Optional<Integer> take(String organizationId, String method, String path, String template) {
		List<Planned> plans = this.planned.get(organizationId);
		if (plans == null) {
			return Optional.empty();
		}
		synchronized (plans) {
			for (Planned plan : plans) {
				if (plan.method.equals(method) && (plan.path.equals(path) || plan.path.equals(template))
						&& plan.remaining[0] > 0) {
					plan.remaining[0]--;
					return Optional.of(plan.status);
				}
			}
			return Optional.empty();
		}
	}

	public void clear(String organizationId) {
		this.planned.remove(organizationId);
	}

	@EventListener
	void on(OrganizationRemoved removed) {
		clear(removed.organizationId());
	}

	private record Planned(String method, String path, int status, int[] remaining) {
	}

}
