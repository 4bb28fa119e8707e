package io.callimport.producer.reconciliation;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

import io.callimport.producer.tenant.TenantProperties;

/**
 * {@code callimport.reconciliation.runs{kind,outcome}} and
 * {@code callimport.reconciliation.missing{kind}} (conversations found missing and
 * published).
 */
@Component
public class ReconciliationMetrics {

	private final MeterRegistry registry;

	private final String tenantId;

	ReconciliationMetrics(MeterRegistry registry, TenantProperties tenant) {
		this.registry = registry;
		this.tenantId = tenant.id();
	}

	public void run(RunKind kind, boolean succeeded) {
		Counter.builder("callimport.reconciliation.runs")
			.description("Reconciliation runs, by kind and outcome")
			.tag("tenant", this.tenantId)
			.tag("kind", kind.name().toLowerCase(Locale.ROOT))
			.tag("outcome", succeeded ? "succeeded" : "failed")
			.register(this.registry)
			.increment();
	}

	public void missing(RunKind kind, int count) {
		Counter.builder("callimport.reconciliation.missing")
			.description("Conversations a reconciliation found missing and published")
			.tag("tenant", this.tenantId)
			.tag("kind", kind.name().toLowerCase(Locale.ROOT))
			.register(this.registry)
			.increment(count);
	}

}
