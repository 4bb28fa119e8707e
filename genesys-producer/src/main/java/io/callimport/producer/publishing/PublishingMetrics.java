package io.callimport.producer.publishing;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

import io.callimport.producer.tenant.TenantProperties;

/**
 * {@code callimport.calls.published{source,outcome}} and
 * {@code callimport.outbox.pending}. Outcomes: {@code confirmed} (the first attempt was
 * confirmed), {@code outboxed} (it was not: the message waits in the outbox),
 * {@code relayed} (confirmed after waiting), {@code duplicate} (the conversation had been
 * published already).
 */
@Component
public class PublishingMetrics {

	private final MeterRegistry registry;

	private final String tenantId;

	private final AtomicLong pending = new AtomicLong();

	PublishingMetrics(MeterRegistry registry, TenantProperties tenant) {
		this.registry = registry;
		this.tenantId = tenant.id();
		Gauge.builder("callimport.outbox.pending", this.pending, AtomicLong::get)
			.description("Messages in the outbox the broker has not confirmed yet")
			.tag("tenant", this.tenantId)
			.register(registry);
	}

	public void published(String source, String outcome) {
		Counter.builder("callimport.calls.published")
			.description("Ended conversations handed to the broker, by how they were found and what happened")
			.tag("tenant", this.tenantId)
			.tag("source", source)
			.tag("outcome", outcome)
			.register(this.registry)
			.increment();
	}

	void pending(long count) {
		this.pending.set(count);
	}

}
