package io.callimport.simulator.auth;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.Permissions;
import io.callimport.simulator.web.GenesysApiException;

/**
 * After the bearer token: the permission an endpoint needs (genesys-cloud-api.md §6, §7)
 * against the OAuth client's role. A client created without one gets 403, as a Genesys
 * client whose role lacks it (the exact wording of Genesys' message is not documented;
 * the code and the permission named in it are what callers look at).
 */
@Component
public class PermissionInterceptor implements HandlerInterceptor {

	static final String ANALYTICS = Permissions.ANALYTICS;

	static final String RECORDINGS = Permissions.RECORDINGS;

	private static final Pattern RECORDINGS_PATH = Pattern.compile("/api/v2/conversations/[^/]+/recordings(/.*)?");

	private final OrganizationRegistry organizations;

	PermissionInterceptor(OrganizationRegistry organizations) {
		this.organizations = organizations;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String permission = requiredPermission(request.getRequestURI());
		AccessToken token = AccessToken.of(request);
		boolean lacking = this.organizations.find(token.organizationId())
			.flatMap((organization) -> organization.client(token.clientId()))
			.map((client) -> client.lacks(permission))
			.orElse(false);
		if (lacking) {
			throw new GenesysApiException(403, "missing.permissions",
					"You are missing the following permission(s): [" + permission + "]");
		}
		return true;
	}

	static @Nullable String requiredPermission(String path) {
		if (path.startsWith("/api/v2/analytics/conversations/")) {
			return ANALYTICS;
		}
		if (RECORDINGS_PATH.matcher(path).matches() || path.startsWith("/api/v2/recording/")) {
			return RECORDINGS;
		}
		return null;
	}

}
