package io.callimport.simulator.auth;

import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.web.GenesysApiException;
import io.callimport.simulator.web.RequestCounter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every {@code /api/v2} request needs a live bearer token of an existing organisation;
 * otherwise 401, as Genesys answers for expired or revoked tokens.
 */
@Component
public class BearerAuthInterceptor implements HandlerInterceptor {

	private final TokenRegistry tokens;

	private final OrganizationRegistry organizations;

	BearerAuthInterceptor(TokenRegistry tokens, OrganizationRegistry organizations) {
		this.tokens = tokens;
		this.organizations = organizations;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw GenesysApiException.unauthorized("No authentication bearer token specified in authorization header.");
		}
		AccessToken token = this.tokens.valid(header.substring(7).trim())
			.filter((valid) -> this.organizations.find(valid.organizationId()).isPresent())
			.orElseThrow(() -> GenesysApiException.unauthorized("Invalid login credentials."));
		request.setAttribute(AccessToken.ATTRIBUTE, token);
		RequestCounter.tag(request, token.organizationId(), token.clientId());
		return true;
	}

}
