package io.callimport.genesys.settings;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The check of submitted settings against Genesys ({@code settings-check.*}).
 *
 * @param timeout how long one check request may take, retries included; an installer
 * waits for the answer, so this is much shorter than the services' own retry budget
 */
@Validated
@ConfigurationProperties("settings-check")
public record SettingsCheckProperties(@DefaultValue("10s") @DurationMin(millis = 100) Duration timeout) {
}
