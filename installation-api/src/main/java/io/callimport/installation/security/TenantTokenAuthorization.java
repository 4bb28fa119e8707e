package io.callimport.installation.security;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import io.callimport.installation.token.TokenClaims;

/**
 * A token opens only its own tenant's paths: the {@code tenant} claim must be the
 * {@code {tenantName}} of the path.
 */
final class TenantTokenAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

	@Override
	public @Nullable AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
			RequestAuthorizationContext context) {
		String requested = context.getVariables().get("tenantName");
		Authentication current = authentication.get();
		boolean granted = requested != null && current instanceof JwtAuthenticationToken jwt
				&& current.isAuthenticated() && requested.equals(jwt.getToken().getClaimAsString(TokenClaims.TENANT));
		return new AuthorizationDecision(granted);
	}

}
