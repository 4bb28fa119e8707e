package io.callimport.simulator.authorization;

import java.util.List;
import java.util.Map;

import com.mypurecloud.sdk.v2.model.Division;
import com.mypurecloud.sdk.v2.model.DomainRole;
import com.mypurecloud.sdk.v2.model.UserAuthorization;
import com.mypurecloud.sdk.v2.model.UserMe;
import io.callimport.simulator.auth.CallerOrganization;
import io.callimport.simulator.auth.AccessToken;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.organization.SimulatedUser;
import io.callimport.simulator.web.GenesysApiException;
import io.callimport.simulator.web.GenesysJson;
import io.callimport.simulator.web.GenesysMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v2/users/me[?expand=authorization]}: the signed-in user, with their
 * roles and permissions when asked. A client-credentials token has no user (400).
 */
@RestController
class UsersMeController {

	private final OrganizationRegistry organizations;

	UsersMeController(OrganizationRegistry organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/api/v2/users/me")
	GenesysJson me(@RequestParam(required = false) @Nullable List<String> expand, HttpServletRequest request) {
		AccessToken token = AccessToken.of(request);
		String userId = token.userId();
		if (userId == null) {
			throw GenesysApiException
				.badRequest("This request requires a user context. Client credentials cannot be used.");
		}
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		SimulatedUser user = org.directory()
			.user(userId)
			.orElseThrow(() -> GenesysApiException.notFound("User " + userId));
		Division division = GenesysMapper.withReadOnly(new Division(), Map.of("id", user.divisionId())).name("Home");
		UserMe me = GenesysMapper
			.withReadOnly(new UserMe(),
					Map.of("id", user.id(), "state", "active", "selfUri", "/api/v2/users/" + user.id()))
			.name(user.name())
			.email(user.email())
			.username(user.email())
			.department(user.department())
			.title(user.title())
			.division(division)
			.version(1);
		if (expand != null && expand.contains("authorization")) {
			List<DomainRole> roles = org.roles()
				.of(userId)
				.stream()
				.map((role) -> new DomainRole().id(role.id()).name(role.name()))
				.toList();
			UserAuthorization authorization = GenesysMapper
				.withReadOnly(new UserAuthorization(), Map.of("permissions",
						List.copyOf(AdminPermissionInterceptor.userPermissions(org, userId)), "unusedRoles", List.of()))
				.roles(roles);
			me = GenesysMapper.withReadOnly(me, Map.of("authorization", authorization));
		}
		return GenesysJson.of(me);
	}

}
