package io.callimport.producer.runs;

import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import io.callimport.producer.reconciliation.ReconciliationProperties;
import io.callimport.producer.reconciliation.ReconciliationSettings;

import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationPropertiesValidationTests {

	final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void quartzCronExpressionsWithSecondsAreAccepted() {
		assertThat(valid("0 0 2 * * ?", "UTC")).isTrue();
		assertThat(valid("0 30 3 ? * MON-FRI", "Europe/Berlin")).isTrue();
		assertThat(valid("*/10 * * * * ?", "America/New_York")).isTrue();
	}

	@Test
	void unixCronInvalidFieldsAndUnknownZonesAreRejected() {
		assertThat(valid("0 2 * * *", "UTC")).isFalse();
		assertThat(valid("0 0 25 * * ?", "UTC")).isFalse();
		assertThat(valid("0 0 2 * * *", "UTC")).isFalse();
		assertThat(valid("0 0 2 * * ?", "Mars/Olympus")).isFalse();
		assertThat(valid("0 0 2 * * ?", "")).isFalse();
	}

	private boolean valid(String cron, String zone) {
		ReconciliationProperties properties = ReconciliationSettings.with(Map.of("cron", cron, "zone", zone));
		return this.validator.validate(properties).isEmpty();
	}

}
