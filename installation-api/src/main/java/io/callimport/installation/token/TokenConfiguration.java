package io.callimport.installation.token;

import java.util.Base64;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signs and checks External API tokens with one HMAC key: issuer, audience, expiry and a
 * tenant claim are all required.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

	static final String ISSUER = "callimport-installation-api";

	static final String AUDIENCE = "callimport-external-api";

	private static final int MIN_KEY_BYTES = 32;

	@Bean
	JwtEncoder jwtEncoder(ExternalTokenProperties properties) {
		return new NimbusJwtEncoder(new ImmutableSecret<>(key(properties)));
	}

	@Bean
	JwtDecoder jwtDecoder(ExternalTokenProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key(properties))
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
				(aud) -> aud != null && aud.contains(AUDIENCE));
		OAuth2TokenValidator<Jwt> tenant = new JwtClaimValidator<String>(TokenClaims.TENANT,
				(value) -> value != null && !value.isBlank());
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(ISSUER), audience, tenant));
		return decoder;
	}

	static SecretKey key(ExternalTokenProperties properties) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(properties.signingKey().trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("EXTERNAL_TOKEN_SIGNING_KEY is not valid base64");
		}
		if (key.length < MIN_KEY_BYTES) {
			throw new IllegalArgumentException("EXTERNAL_TOKEN_SIGNING_KEY must be the base64 of at least "
					+ MIN_KEY_BYTES + " random bytes (openssl rand -base64 32), got " + key.length + " bytes");
		}
		return new SecretKeySpec(key, "HmacSHA256");
	}

}
