package io.callimport.simulator.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.mypurecloud.sdk.v2.model.User;
import io.callimport.simulator.auth.CallerOrganization;
import io.callimport.simulator.organization.OrganizationRegistry;
import io.callimport.simulator.web.GenesysJson;
import io.callimport.simulator.web.Paging;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v2/users?pageSize&pageNumber&sortOrder&state}: the organisation's
 * users, by name (every simulated user is active).
 */
@RestController
class UserListingController {

	private final OrganizationRegistry organizations;

	UserListingController(OrganizationRegistry organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/api/v2/users")
	GenesysJson users(@RequestParam(required = false) @Nullable Integer pageSize,
			@RequestParam(required = false) @Nullable Integer pageNumber,
			@RequestParam(defaultValue = "ascending") String sortOrder,
			@RequestParam(required = false) @Nullable String state, HttpServletRequest request) {
		Paging paging = Paging.of(pageSize, pageNumber, 25, 500);
		Comparator<User> byName = Comparator.comparing((User u) -> u.getName().toLowerCase(Locale.ROOT));
		List<User> users = CallerOrganization.of(this.organizations, request)
			.directory()
			.users()
			.stream()
			.filter((user) -> state == null || "active".equalsIgnoreCase(state) || "any".equalsIgnoreCase(state))
			.map(DirectoryModels::user)
			.sorted("descending".equalsIgnoreCase(sortOrder) ? byName.reversed() : byName)
			.toList();
		return GenesysJson.of(DirectoryModels.users(users, paging, "/api/v2/users"));
	}

}
