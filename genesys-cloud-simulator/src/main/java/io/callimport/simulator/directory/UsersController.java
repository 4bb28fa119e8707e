package io.callimport.simulator.directory;

import java.util.List;

import io.callimport.simulator.auth.AccessToken;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.web.GenesysApiException;
import io.callimport.simulator.web.GenesysJson;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v2/users/{userId}}: one user of the token's organisation (404
 * otherwise).
 */
@RestController
class UsersController {

	private final OrganizationRegistry organizations;

	UsersController(OrganizationRegistry organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/api/v2/users/{userId}")
	GenesysJson user(@PathVariable String userId, @RequestParam(required = false) @Nullable List<String> expand,
			HttpServletRequest request) {
		return GenesysJson.of(this.organizations.find(AccessToken.of(request).organizationId())
			.flatMap((org) -> org.directory().user(userId))
			.map(DirectoryModels::user)
			.orElseThrow(() -> GenesysApiException.notFound("User " + userId)));
	}

}
