package io.callimport.installation.token;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

import io.callimport.installation.account.SignedIn;

/**
 * Issues a token for a signed-in wizard account: bound to its tenant, valid for
 * {@link ExternalTokenProperties#lifetime()}.
 */
@Component
class TokenIssuer {

	private final JwtEncoder encoder;

	private final ExternalTokenProperties properties;

	private final Clock clock;

	TokenIssuer(JwtEncoder encoder, ExternalTokenProperties properties, Clock clock) {
		this.encoder = encoder;
		this.properties = properties;
		this.clock = clock;
	}

	IssuedToken issue(SignedIn account) {
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.properties.lifetime());
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(TokenConfiguration.ISSUER)
			.audience(List.of(TokenConfiguration.AUDIENCE))
			.subject(account.tenantName() + "/" + account.username())
			.claim(TokenClaims.TENANT, account.tenantName())
			.id(UUID.randomUUID().toString())
			.issuedAt(now)
			.expiresAt(expiresAt)
			.build();
		String token = this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
		return new IssuedToken(token, expiresAt);
	}

}
