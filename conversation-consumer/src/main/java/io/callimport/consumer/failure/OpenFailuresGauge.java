package io.callimport.consumer.failure;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code callimport.failures.open{tenant}}: the OPEN import failures of each tenant,
 * refreshed from the database in the background, so a scrape never waits for it.
 */
@Component
class OpenFailuresGauge {

	private static final Logger log = LoggerFactory.getLogger(OpenFailuresGauge.class);

	private final ImportFailureRepository failures;

	private final MultiGauge gauge;

	OpenFailuresGauge(ImportFailureRepository failures, MeterRegistry registry) {
		this.failures = failures;
		this.gauge = MultiGauge.builder("callimport.failures.open")
			.description("Dead-lettered imports waiting for an operator (OPEN import failures)")
			.register(registry);
	}

	@Scheduled(initialDelayString = "${consumer.failures-gauge-refresh:30s}",
			fixedDelayString = "${consumer.failures-gauge-refresh:30s}")
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
