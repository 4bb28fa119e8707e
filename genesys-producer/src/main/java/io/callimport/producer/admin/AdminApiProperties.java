package io.callimport.producer.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code ADMIN_API_TOKEN}: the bearer token the installation wizard and operators
 * present.
 *
 * @param apiToken the shared secret; at least 16 characters so it cannot be guessed
 */
@Validated
@ConfigurationProperties("admin")
public record AdminApiProperties(@NotBlank @Size(min = 16) String apiToken) {

	@Override
	public String toString() {
		return "AdminApiProperties[apiToken=******]";
	}

}
