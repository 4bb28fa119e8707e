package io.callimport.simulator.authorization;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.mypurecloud.sdk.v2.model.DomainOrganizationRole;
import com.mypurecloud.sdk.v2.model.DomainOrganizationRoleCreate;
import com.mypurecloud.sdk.v2.model.OrganizationRoleEntityListing;
import io.callimport.simulator.auth.CallerOrganization;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.organization.SimulatedOrganization;
import io.callimport.simulator.organization.SimulatedRole;
import io.callimport.simulator.web.GenesysApiException;
import io.callimport.simulator.web.GenesysJson;
import io.callimport.simulator.web.GenesysMapper;
import io.callimport.simulator.web.Paging;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v2/authorization/roles}: list (by name), one, create, change, delete, and
 * grant to users ({@code PUT …/{roleId}/users/add}).
 */
@RestController
@RequestMapping("/api/v2/authorization/roles")
class RolesController {

	private final OrganizationRegistry organizations;

	private final Clock clock;

	RolesController(OrganizationRegistry organizations, Clock clock) {
		this.organizations = organizations;
		this.clock = clock;
	}

	@GetMapping
	GenesysJson list(@RequestParam(required = false) @Nullable Integer pageSize,
			@RequestParam(required = false) @Nullable Integer pageNumber,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable List<String> id, HttpServletRequest request) {
		Paging paging = Paging.of(pageSize, pageNumber, 25, 500);
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		List<DomainOrganizationRole> roles = org.roles()
			.all()
			.stream()
			.filter((role) -> name == null
					|| role.name().toLowerCase(Locale.ROOT).startsWith(name.trim().toLowerCase(Locale.ROOT)))
			.filter((role) -> id == null || id.contains(role.id()))
			.map((role) -> RoleModels.role(role, org.roles().holders(role.id()).size()))
			.toList();
		String path = "/api/v2/authorization/roles";
		return GenesysJson.of(new OrganizationRoleEntityListing().entities(paging.page(roles))
			.pageSize(paging.pageSize())
			.pageNumber(paging.pageNumber())
			.total((long) roles.size())
			.pageCount(paging.pageCount(roles.size()))
			.firstUri(paging.uri(path, 1))
			.selfUri(paging.uri(path, paging.pageNumber()))
			.nextUri(paging.nextUri(path, roles.size())));
	}

	@GetMapping("/{roleId}")
	GenesysJson role(@PathVariable String roleId, HttpServletRequest request) {
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		return GenesysJson.of(RoleModels.role(find(org, roleId), org.roles().holders(roleId).size()));
	}

	@PostMapping
	GenesysJson create(@RequestBody String body, HttpServletRequest request) {
		DomainOrganizationRoleCreate role = parse(body);
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		SimulatedRole created = org.roles()
			.create(requireName(role.getName()),
					String.valueOf(role.getDescription() == null ? "" : role.getDescription()),
					RoleModels.permissions(role), false, this.clock.instant());
		return GenesysJson.of(RoleModels.role(created, 0));
	}

	@PutMapping("/{roleId}")
	GenesysJson update(@PathVariable String roleId, @RequestBody String body, HttpServletRequest request) {
		DomainOrganizationRoleCreate role = parse(body);
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		find(org, roleId);
		SimulatedRole updated = org.roles()
			.update(roleId, requireName(role.getName()), (role.getDescription() != null) ? role.getDescription() : "",
					RoleModels.permissions(role));
		return GenesysJson.of(RoleModels.role(updated, org.roles().holders(roleId).size()));
	}

	@DeleteMapping("/{roleId}")
	ResponseEntity<Void> delete(@PathVariable String roleId, HttpServletRequest request) {
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		find(org, roleId);
		org.oauthClients().removeRole(roleId, this.clock.instant());
		org.roles().delete(roleId);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{roleId}/users/add")
	GenesysJson grant(@PathVariable String roleId, @RequestBody String body, HttpServletRequest request) {
		List<String> userIds = parseIds(body);
		SimulatedOrganization org = CallerOrganization.of(this.organizations, request);
		find(org, roleId);
		for (String userId : userIds) {
			if (org.directory().user(userId).isEmpty()) {
				throw GenesysApiException.notFound("User " + userId);
			}
		}
		org.roles().grant(roleId, userIds);
		return GenesysJson.of(userIds);
	}

	private static SimulatedRole find(SimulatedOrganization org, String roleId) {
		return org.roles().find(roleId).orElseThrow(() -> GenesysApiException.notFound("Role " + roleId));
	}

	private static String requireName(@Nullable String name) {
		if (name == null || name.isBlank()) {
			throw GenesysApiException.badRequest("A role needs a name");
		}
		return name.trim();
	}

	private static DomainOrganizationRoleCreate parse(String body) {
		try {
			return GenesysMapper.get().readValue(body, DomainOrganizationRoleCreate.class);
		}
		catch (JsonProcessingException ex) {
			throw GenesysApiException.badRequest("The request body is not a role: " + ex.getOriginalMessage());
		}
	}

	private static List<String> parseIds(String body) {
		try {
			List<String> ids = GenesysMapper.get().readValue(body, new TypeReference<List<String>>() {
			});
			if (ids == null || ids.isEmpty()) {
				throw GenesysApiException.badRequest("The body must list at least one user id");
			}
			return ids;
		}
		catch (JsonProcessingException ex) {
			throw GenesysApiException.badRequest("The request body is not a list of user ids");
		}
	}

}
