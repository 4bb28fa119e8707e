package io.callimport.simulator.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Issued authorization codes: single use, valid for a minute, bound to the client, the
 * redirect URI, the PKCE challenge (S256) and the user who signed in.
 */
@Component
class AuthorizationCodes {

	private static final Duration LIFETIME = Duration.ofMinutes(1);

	private final SecureRandom random = new SecureRandom();

	private final Map<String, PendingCode> codes = new ConcurrentHashMap<>();

	private final Clock clock;

	AuthorizationCodes(Clock clock) {
		this.clock = clock;
	}

	String issue(String clientId, String redirectUri, String codeChallenge, String organizationId, String userId) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		this.codes.values().removeIf((pending) -> now.isAfter(pending.expiresAt()));
		this.codes.put(code,
				new PendingCode(clientId, redirectUri, codeChallenge, organizationId, userId, now.plus(LIFETIME)));
		return code;
	}

	/**
	 * The code's sign-in, if the code is known and fresh, and client, redirect URI and
	 * verifier match; the code is used up either way.
	 */
	Optional<PendingCode> redeem(String code, String clientId, String redirectUri, String codeVerifier) {
		PendingCode pending = this.codes.remove(code);
		if (pending == null || this.clock.instant().isAfter(pending.expiresAt()) || !pending.clientId().equals(clientId)
				|| !pending.redirectUri().equals(redirectUri)
				|| !pending.codeChallenge().equals(challenge(codeVerifier))) {
			return Optional.empty();
		}
		return Optional.of(pending);
	}

	/** BASE64URL(SHA-256(verifier)) without padding (RFC 7636, S256). */
	static String challenge(String codeVerifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record PendingCode(String clientId, String redirectUri, String codeChallenge, String organizationId, String userId,
			Instant expiresAt) {
	}

}
