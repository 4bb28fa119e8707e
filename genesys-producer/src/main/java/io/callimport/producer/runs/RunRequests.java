package io.callimport.producer.runs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.callimport.producer.reconciliation.ReconciliationProperties;
import io.callimport.producer.admin.AdminApiException;
import io.callimport.producer.reconciliation.RunKind;
import io.callimport.producer.tenant.TenantGenesys;

/**
 * Checks and records a run requested through the API: a range of at most a day is a
 * MANUAL run, a longer one a BACKFILL in day windows. It starts at once on the lease
 * holder (here, or at its next poll).
 */
@Component
class RunRequests {

	private static final Logger log = LoggerFactory.getLogger(RunRequests.class);

	private final RunStore store;

	private final RunQueries queries;

	private final RunExecutor executor;

	private final TenantGenesys genesys;

	private final ReconciliationProperties properties;

	private final Clock clock;

	RunRequests(RunStore store, RunQueries queries, RunExecutor executor, TenantGenesys genesys,
			ReconciliationProperties properties, Clock clock) {
		this.store = store;
		this.queries = queries;
		this.executor = executor;
		this.genesys = genesys;
		this.properties = properties;
		this.clock = clock;
	}

	RunView create(String tenantId, Instant from, Instant to) {
		check(from, to);
		if (this.genesys.revision().isEmpty()) {
			throw new AdminApiException.Conflict("Tenant '" + tenantId
					+ "' has no Genesys settings yet; PUT /api/v1/tenants/" + tenantId + "/genesys-settings first");
		}
		RunKind kind = (Duration.between(from, to).compareTo(DayWindows.DAY) > 0) ? RunKind.BACKFILL : RunKind.MANUAL;
		UUID id = this.store.create(tenantId, kind, from, to);
		log.info("{} run {} of [{}, {}) requested through the API", kind, id, from, to);
		this.executor.wake();
		return this.queries.findOne(tenantId, id).orElseThrow();
	}

	private void check(Instant from, Instant to) {
		if (!from.isBefore(to)) {
			throw new AdminApiException.InvalidRequest("'from' must be before 'to'");
		}
		Instant now = this.clock.instant();
		if (to.isAfter(now)) {
			throw new AdminApiException.InvalidRequest(
					"'to' must not be in the future (it is " + to + ", now is " + now + ")");
		}
		if (Duration.between(from, to).compareTo(this.properties.maxRange()) > 0) {
			throw new AdminApiException.InvalidRequest("The range may span at most "
					+ this.properties.maxRange().toDays() + " days; request older days as a separate run");
		}
	}

}
