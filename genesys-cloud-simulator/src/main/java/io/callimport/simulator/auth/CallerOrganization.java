package io.callimport.simulator.auth;

import jakarta.servlet.http.HttpServletRequest;

import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.web.GenesysApiException;

/**
 * The organisation of the bearer token that authenticated a request. Here rather than in
 * the registry, which knows nothing of tokens.
 */
public final class CallerOrganization {

	private CallerOrganization() {
	}

	/**
	 * The token filter has checked the token; an organisation removed since is a 401, as
	 * Genesys answers a token of a deleted client.
	 */
	public static SimulatedOrganization of(OrganizationRegistry organizations, HttpServletRequest request) {
		return organizations.find(AccessToken.of(request).organizationId())
			.orElseThrow(() -> GenesysApiException.unauthorized("Invalid login credentials."));
	}

}
