package io.callimport.installation.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code OPERATOR_API_TOKEN}: the bearer token of the platform operator's API (wizard
 * accounts).
 *
 * @param apiToken at least 16 characters, so it cannot be guessed
 */
@Validated
@ConfigurationProperties("operator")
public record OperatorApiProperties(@NotBlank @Size(min = 16) String apiToken) {

	@Override
	public String toString() {
		return "OperatorApiProperties[apiToken=******]";
	}

}
