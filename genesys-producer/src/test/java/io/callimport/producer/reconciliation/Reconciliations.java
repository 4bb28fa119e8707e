package io.callimport.producer.reconciliation;

import java.time.Duration;

/**
 * Reconciliation settings for unit tests: small pages, so that paging shows.
 */
final class Reconciliations {

	private Reconciliations() {
	}

	static ReconciliationProperties properties(int pageSize, int usersPerQuery, int maxPages,
			ReconciliationProperties.Jobs jobs) {
		ReconciliationProperties defaults = ReconciliationSettings.defaults();
		return new ReconciliationProperties(pageSize, usersPerQuery, Duration.ofHours(12), maxPages, jobs,
				new ReconciliationProperties.Pacing(200, 10, Duration.ofSeconds(1)), defaults.cron(), defaults.zone(),
				defaults.window(), defaults.overlap(), defaults.settleTime(), defaults.maxCatchUp(),
				defaults.pollInterval(), defaults.retryInterval(), defaults.maxAttempts(), defaults.maxRange());
	}

	static ReconciliationProperties.Jobs jobs(boolean enabled, int pageSize) {
		return new ReconciliationProperties.Jobs(enabled, Duration.ofHours(6), Duration.ofMillis(50),
				Duration.ofSeconds(5), pageSize);
	}

}
