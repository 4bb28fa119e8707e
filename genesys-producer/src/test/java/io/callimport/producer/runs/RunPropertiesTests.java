package io.callimport.producer.runs;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunPropertiesTests {

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
		RunProperties properties = new RunProperties(cron, zone, NightlyWindowTests.DEFAULTS.window(),
				NightlyWindowTests.DEFAULTS.overlap(), NightlyWindowTests.DEFAULTS.settleTime(),
				NightlyWindowTests.DEFAULTS.maxCatchUp(), NightlyWindowTests.DEFAULTS.pollInterval(),
				NightlyWindowTests.DEFAULTS.retryInterval(), 5, NightlyWindowTests.DEFAULTS.maxRange());
		return this.validator.validate(properties).isEmpty();
	}

}
