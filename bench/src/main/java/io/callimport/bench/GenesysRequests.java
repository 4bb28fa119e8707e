package io.callimport.bench;

import io.callimport.simulator.control.RequestCount;
import io.callimport.simulator.control.RequestCounts;
import io.callimport.simulator.control.SimulatorControl;

/**
 * Genesys Platform API requests of one organisation as the simulator counted them (login
 * and media downloads are not API requests and not counted against the limit).
 *
 * @param api requests to {@code /api/**}
 * @param rateLimited of those, answered 429
 */
public record GenesysRequests(long api, long rateLimited) {

	public static GenesysRequests of(SimulatorControl simulator, String orgId) {
		RequestCounts counts = simulator.requests();
		long api = 0;
		long limited = 0;
		for (RequestCount entry : counts.entries()) {
			if (orgId.equals(entry.organizationId()) && entry.path().startsWith("/api/")) {
				api += entry.count();
				if (entry.status() == 429) {
					limited += entry.count();
				}
			}
		}
		return new GenesysRequests(api, limited);
	}

	/** Requests made since {@code before}. */
	public GenesysRequests minus(GenesysRequests before) {
		return new GenesysRequests(this.api - before.api, this.rateLimited - before.rateLimited);
	}

}
