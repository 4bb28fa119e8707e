package io.callimport.installation.account;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The lock-out of wizard sign-ins ({@code sign-in.*}, e.g. {@code SIGN_IN_MAX_FAILURES}).
 *
 * @param maxFailures failed sign-ins in a row (per tenant name and username) that lock
 * them
 * @param lockDuration how long a lock lasts (the operator can lift it sooner); failures
 * older than this no longer count
 */
@Validated
@ConfigurationProperties("sign-in")
public record LockoutProperties(@DefaultValue("5") @Min(1) @Max(100) int maxFailures,
		@DefaultValue("15m") @DurationMin(seconds = 1) Duration lockDuration) {
}
