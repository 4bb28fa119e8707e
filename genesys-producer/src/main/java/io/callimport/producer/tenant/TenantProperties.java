package io.callimport.producer.tenant;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import io.callimport.model.settings.TenantIds;

/**
 * {@code TENANT_ID}: the one tenant this producer serves. Required: without it the
 * producer does not start.
 *
 * @param id the tenant id (letters, digits, dot, dash and underscore; it becomes part of
 * object keys)
 * @param settingsPollInterval how often the settings revision is compared, so that a
 * change saved through another replica takes effect here too
 */
@Validated
@ConfigurationProperties("tenant")
public record TenantProperties(@NotBlank @Pattern(regexp = TenantProperties.ID_PATTERN) String id,
		@DefaultValue("5s") @DurationMin(millis = 100) Duration settingsPollInterval) {

	/** What a tenant id may look like. */
	public static final String ID_PATTERN = TenantIds.PATTERN;

}
