package io.callimport.simulator.control;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Requests to Genesys paths (API, login, media) since start or the last reset.
 */
public record RequestCounts(long total, List<RequestCount> entries) {

	/** Requests matching a method and path template (any status when null). */
	public long count(String method, String path, @Nullable Integer status) {
		return this.entries.stream()
			.filter((entry) -> entry.method().equals(method) && entry.path().equals(path))
			.filter((entry) -> status == null || entry.status() == status)
			.mapToLong(RequestCount::count)
			.sum();
	}

}
