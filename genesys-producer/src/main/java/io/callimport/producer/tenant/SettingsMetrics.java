package io.callimport.producer.tenant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * {@code callimport.settings.configured}: 1 once the tenant's Genesys settings are
 * stored, 0 before. The websocket alert needs it: a tenant that has not been set up yet
 * never connects and must not page anyone. Read from the database at each scrape (one
 * indexed row), so every replica, lock holder or not, tells the same; NaN while the
 * database is unreachable.
 */
@Component
class SettingsMetrics {

	SettingsMetrics(TenantGenesys genesys, MeterRegistry registry) {
		Gauge.builder("callimport.settings.configured", genesys, SettingsMetrics::configured)
			.description("1 when the tenant's Genesys settings are stored, 0 before")
			.tag("tenant", genesys.tenantId())
			.strongReference(true)
			.register(registry);
	}

	private static double configured(TenantGenesys genesys) {
		try {
			return genesys.revision().isPresent() ? 1 : 0;
		}
		catch (DataAccessException ex) {
			return Double.NaN;
		}
	}

}
