package io.callimport.producer.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code ADMIN_API_TOKEN}: the bearer token operators present to this tenant's producer.
 * Each tenant has its own (the chart refuses two tenants on one Secret key), and a
 * producer answers only for its own {@code TENANT_ID}, so a token opens one tenant.
 *
 * @param apiToken the secret, without surrounding whitespace (a Secret written with
 * {@code echo} ends in a newline); at least 32 characters so that it cannot be guessed
 */
@Validated
@ConfigurationProperties("admin")
public record AdminApiProperties(@NotBlank @Size(min = 32) String apiToken) {

	public AdminApiProperties {
		apiToken = (apiToken != null) ? apiToken.strip() : null;
	}

	@Override
	public String toString() {
		return "AdminApiProperties[apiToken=******]";
	}

}
