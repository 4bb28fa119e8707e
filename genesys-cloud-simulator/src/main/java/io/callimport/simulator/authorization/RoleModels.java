package io.callimport.simulator.authorization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mypurecloud.sdk.v2.model.DomainOrganizationRole;
import com.mypurecloud.sdk.v2.model.DomainOrganizationRoleCreate;
import com.mypurecloud.sdk.v2.model.DomainPermissionPolicy;
import io.callimport.simulator.organization.SimulatedRole;
import io.callimport.simulator.web.GenesysApiException;
import io.callimport.simulator.web.GenesysMapper;

/**
 * Roles as the SDK models them; permission policies to permission strings and back.
 */
final class RoleModels {

	private RoleModels() {
	}

	static DomainOrganizationRole role(SimulatedRole role, int userCount) {
		DomainOrganizationRole body = new DomainOrganizationRole().name(role.name())
			.description(role.description())
			.permissions(role.permissions())
			.permissionPolicies(policies(role.permissions()))
			.userCount(userCount)
			.base(false)
			._default(false);
		return GenesysMapper.withReadOnly(body,
				Map.of("id", role.id(), "selfUri", "/api/v2/authorization/roles/" + role.id()));
	}

	/**
	 * The permissions a create or update body grants: its {@code permissions} plus one
	 * per action of each policy.
	 * @throws GenesysApiException 400 for a policy without domain, entity or actions
	 */
	static List<String> permissions(DomainOrganizationRoleCreate body) {
		List<String> permissions = new ArrayList<>();
		if (body.getPermissions() != null) {
			permissions.addAll(body.getPermissions());
		}
		List<DomainPermissionPolicy> policies = (body.getPermissionPolicies() != null) ? body.getPermissionPolicies()
				: List.of();
		for (DomainPermissionPolicy policy : policies) {
			if (blank(policy.getDomain()) || blank(policy.getEntityName()) || policy.getActionSet() == null
					|| policy.getActionSet().isEmpty()) {
				throw GenesysApiException.badRequest("A permission policy needs a domain, an entityName and actions");
			}
			policy.getActionSet()
				.forEach((action) -> permissions.add(policy.getDomain() + ":" + policy.getEntityName() + ":" + action));
		}
		return permissions.stream().distinct().toList();
	}

	private static List<DomainPermissionPolicy> policies(List<String> permissions) {
		Map<String, DomainPermissionPolicy> byEntity = new LinkedHashMap<>();
		for (String permission : permissions) {
			String[] parts = permission.split(":", 3);
			if (parts.length != 3) {
				continue;
			}
			DomainPermissionPolicy policy = byEntity.computeIfAbsent(parts[0] + ":" + parts[1],
					(key) -> new DomainPermissionPolicy().domain(parts[0])
						.entityName(parts[1])
						.actionSet(new ArrayList<>())
						.allowConditions(false));
			policy.getActionSet().add(parts[2]);
		}
		return List.copyOf(byEntity.values());
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
