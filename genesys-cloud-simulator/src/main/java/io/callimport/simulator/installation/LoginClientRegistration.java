package io.callimport.simulator.installation;

import java.util.List;

/**
 * {@code PUT /simulator/login-clients/{clientId}}: a client users sign in through
 * (authorization code with PKCE), and the exact redirect URIs it may use.
 *
 * @param redirectUris the redirect URIs
 */
public record LoginClientRegistration(List<String> redirectUris) {

	public LoginClientRegistration {
		redirectUris = (redirectUris != null) ? List.copyOf(redirectUris) : List.of();
	}

}
