package io.callimport.installation.token;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * External API tokens ({@code external-token.*}, e.g.
 * {@code EXTERNAL_TOKEN_SIGNING_KEY}).
 *
 * @param signingKey base64 of at least 32 random bytes ({@code openssl rand -base64 32}),
 * the same for every replica; tokens are HMAC-SHA256 signed with it
 * @param lifetime how long a token is valid, at most 15 minutes
 */
@Validated
@ConfigurationProperties("external-token")
public record ExternalTokenProperties(@NotBlank String signingKey,
		@DefaultValue("10m") @DurationMin(seconds = 10) @DurationMax(minutes = 15) Duration lifetime) {

	@Override
	public String toString() {
		return "ExternalTokenProperties[signingKey=******, lifetime=" + this.lifetime + "]";
	}

}
