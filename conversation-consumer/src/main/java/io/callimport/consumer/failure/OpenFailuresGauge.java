package io.callimport.consumer.failure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import io.callimport.consumer.config.ConsumerProperties;

/**
 * {@code callimport.failures.open{tenant}}: the OPEN import failures of each tenant,
 * refreshed from the database in the background, so a scrape never waits for it.
 */
@Component
class OpenFailuresGauge implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(OpenFailuresGauge.class);

	private final ImportFailureRepository failures;

	private final MultiGauge gauge;

	private final TaskScheduler scheduler;

	private final Duration refreshEvery;

	OpenFailuresGauge(ImportFailureRepository failures, MeterRegistry registry, TaskScheduler scheduler,
			ConsumerProperties properties) {
		this.failures = failures;
		this.scheduler = scheduler;
		this.refreshEvery = properties.failuresGaugeRefresh();
		this.gauge = MultiGauge.builder("callimport.failures.open")
			.description("Dead-lettered imports waiting for an operator (OPEN import failures)")
			.register(registry);
	}

	/** Refreshes every {@code consumer.failures-gauge-refresh}, on Spring's scheduler. */
	@Override
	public void afterSingletonsInstantiated() {
		this.scheduler.scheduleWithFixedDelay(this::refresh, Instant.now().plus(this.refreshEvery), this.refreshEvery);
	}

	void refresh() {
		Map<String, Long> open;
		try {
			open = this.failures.openPerTenant();
		}
		catch (DataAccessException ex) {
			log.debug("Open failures not counted: {}", ex.getMessage());
			return;
		}
		List<MultiGauge.Row<?>> rows = open.entrySet()
			.stream().<MultiGauge
					.Row<?>>map((entry) -> MultiGauge.Row.of(Tags.of("tenant", entry.getKey()), entry.getValue()))
			.toList();
		this.gauge.register(rows, true);
	}

}
