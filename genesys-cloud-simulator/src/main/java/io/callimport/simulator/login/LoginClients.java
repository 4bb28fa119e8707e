package io.callimport.simulator.login;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The OAuth clients that users sign in through (authorization code with PKCE, no secret),
 * with the redirect URIs each may send a code to. Like an AppFoundry vendor's client,
 * each serves users of every organisation.
 */
@Component
public class LoginClients {

	private final Map<String, List<String>> redirectUris = new ConcurrentHashMap<>();

	/** Registers (or replaces) a client and its exact redirect URIs. */
	public void register(String clientId, List<String> uris) {
		if (uris.isEmpty()) {
			throw new IllegalArgumentException("A login client needs at least one redirect URI");
		}
		this.redirectUris.put(clientId, List.copyOf(uris));
	}

	Optional<List<String>> redirectUris(String clientId) {
		return Optional.ofNullable(this.redirectUris.get(clientId));
	}

	boolean accepts(String clientId, String redirectUri) {
		return redirectUris(clientId).map((uris) -> uris.contains(redirectUri)).orElse(false);
	}

}
