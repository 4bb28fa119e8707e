package io.callimport.bench.producer;

import java.util.Map;

import io.callimport.bench.BenchEnvironment;
import io.callimport.bench.ServiceProcess;

/**
 * The bench's database is migrated by the first service that starts (Flyway in the
 * services, not in the bench). These scenarios create their tenant before any service
 * runs, so when they come first a consumer starts and stops once to migrate it.
 */
final class Schema {

	private Schema() {
	}

	static void ensureMigrated(BenchEnvironment env) {
		boolean migrated = env.jdbc()
			.sql("SELECT count(*) FROM information_schema.tables WHERE table_name = 'published_conversations'")
			.query(Long.class)
			.single() > 0;
		if (!migrated) {
			try (ServiceProcess consumer = env.startConsumer("consumer-migrate", "256m", Map.of())) {
				// live means Flyway has run
			}
		}
	}

}
