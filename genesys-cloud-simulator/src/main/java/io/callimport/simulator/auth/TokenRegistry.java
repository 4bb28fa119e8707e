package io.callimport.simulator.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.callimport.simulator.organization.OrganizationRemoved;
import io.callimport.simulator.organization.SimulatedOrganization;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Issued tokens. Revoking an organisation's tokens forgets them, so they answer 401 until
 * the client fetches a new one.
 */
@Component
public class TokenRegistry {

	private final SecureRandom random = new SecureRandom();

	private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();

	private final Clock clock;

	TokenRegistry(Clock clock) {
		this.clock = clock;
	}

	AccessToken issue(SimulatedOrganization organization, String clientId) {
		return issue(organization, clientId, null);
	}

	/**
	 * A token of a user who signed in through {@code clientId} (authorization code
	 * grant), or of the client itself when {@code userId} is null.
	 */
	public AccessToken issue(SimulatedOrganization organization, String clientId, @Nullable String userId) {
		byte[] bytes = new byte[48];
		this.random.nextBytes(bytes);
		Instant now = this.clock.instant();
		AccessToken token = new AccessToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
				organization.id(), clientId, userId, now, now.plus(organization.scenario().tokenLifetime()));
		this.tokens.put(token.value(), token);
		if (this.tokens.size() > 10_000) {
			this.tokens.values().removeIf((old) -> old.isExpired(now));
		}
		return token;
	}

	/** The live token with this value, if it is neither unknown, revoked nor expired. */
	Optional<AccessToken> valid(String value) {
		AccessToken token = this.tokens.get(value);
		if (token == null) {
			return Optional.empty();
		}
		if (token.isExpired(this.clock.instant())) {
			this.tokens.remove(value);
			return Optional.empty();
		}
		return Optional.of(token);
	}

	/** Revokes every token of an organisation; returns how many. */
	public int revoke(String organizationId) {
		int before = this.tokens.size();
		this.tokens.values().removeIf((token) -> token.organizationId().equals(organizationId));
		return before - this.tokens.size();
	}

	/** Revokes the tokens of one client (a deleted OAuth client); returns how many. */
	public int revokeClient(String organizationId, String clientId) {
		int before = this.tokens.size();
		this.tokens.values()
			.removeIf((token) -> token.organizationId().equals(organizationId) && token.clientId().equals(clientId)
					&& token.userId() == null);
		return before - this.tokens.size();
	}

	@EventListener
	void on(OrganizationRemoved removed) {
		revoke(removed.organizationId());
	}

}
