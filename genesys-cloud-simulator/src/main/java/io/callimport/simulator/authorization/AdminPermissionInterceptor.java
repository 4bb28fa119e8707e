package io.callimport.simulator.authorization;

import java.util.List;
import java.util.Set;

import io.callimport.simulator.auth.CallerOrganization;
import io.callimport.simulator.auth.AccessToken;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.Permissions;
import io.callimport.simulator.organization.SimulatedOAuthClient;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.organization.SimulatedRole;
import io.callimport.simulator.web.GenesysApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * After the bearer token: an administration endpoint answers 403
 * ({@code missing.permissions}, naming the permission) when the caller lacks its
 * permission. A user holds the permissions of their roles, a client created through the
 * API those of its roles, a scenario's client every one.
 */
@Component
class AdminPermissionInterceptor implements HandlerInterceptor {

	private final OrganizationRegistry organizations;

	AdminPermissionInterceptor(OrganizationRegistry organizations) {
		this.organizations = organizations;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String permission = AdminPermissions.required(request.getMethod(), request.getRequestURI());
		if (permission == null) {
			return true;
		}
		AccessToken token = AccessToken.of(request);
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		if (!holds(org, token, permission)) {
			throw new GenesysApiException(403, "missing.permissions",
					"You are missing the following permission(s): [" + permission + "]");
		}
		return true;
	}

	static boolean holds(SimulatedOrganization org, AccessToken token, String permission) {
		String userId = token.userId();
		if (userId != null) {
			return Permissions.grants(userPermissions(org, userId), permission);
		}
		if (org.isScenarioClient(token.clientId())) {
			return true;
		}
		List<String> roleIds = org.oauthClients()
			.find(token.clientId())
			.map(SimulatedOAuthClient::roleIds)
			.orElse(List.of());
		return Permissions.grants(org.roles().permissions(roleIds), permission);
	}

	static Set<String> userPermissions(SimulatedOrganization org, String userId) {
		return org.roles().permissions(org.roles().of(userId).stream().map(SimulatedRole::id).toList());
	}

}
