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
		// every series at 0 from the start: increase() over a counter that appears with
		// its first event reads 0, and the first failed run would never alert
		for (RunKind kind : RunKind.values()) {
			runs(kind, true);
			runs(kind, false);
			missing(kind);
		}
	}

	public void run(RunKind kind, boolean succeeded) {
		runs(kind, succeeded).increment();
	}

	public void missing(RunKind kind, int count) {
		missing(kind).increment(count);
	}

	private Counter runs(RunKind kind, boolean succeeded) {
		return Counter.builder("callimport.reconciliation.runs")
			.description("Reconciliation runs, by kind and outcome")
			.tag("tenant", this.tenantId)
			.tag("kind", kind.name().toLowerCase(Locale.ROOT))
			.tag("outcome", succeeded ? "succeeded" : "failed")
			.register(this.registry);
	}

	private Counter missing(RunKind kind) {
		return Counter.builder("callimport.reconciliation.missing")
			.description("Conversations a reconciliation found missing and published")
			.tag("tenant", this.tenantId)
			.tag("kind", kind.name().toLowerCase(Locale.ROOT))
			.register(this.registry);
	}

}
