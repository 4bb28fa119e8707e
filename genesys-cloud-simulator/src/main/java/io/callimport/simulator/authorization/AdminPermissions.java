package io.callimport.simulator.authorization;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The permission each administration endpoint needs, as Genesys documents it for the
 * premium-app installer (roles, grants, OAuth clients, groups, integrations). Reading
 * groups and users needs none.
 */
final class AdminPermissions {

	private record Rule(String method, Pattern path, String permission) {
	}

	private static final List<Rule> RULES = List.of(
			rule("GET", "/api/v2/authorization/roles(/[^/]+)?", "authorization:role:view"),
			rule("POST", "/api/v2/authorization/roles", "authorization:role:add"),
			rule("PUT", "/api/v2/authorization/roles/[^/]+", "authorization:role:edit"),
			rule("DELETE", "/api/v2/authorization/roles/[^/]+", "authorization:role:delete"),
			rule("PUT", "/api/v2/authorization/roles/[^/]+/users/add", "authorization:grant:add"),
			rule("GET", "/api/v2/oauth/clients(/[^/]+)?", "oauth:client:view"),
			rule("POST", "/api/v2/oauth/clients", "oauth:client:add"),
			rule("PUT", "/api/v2/oauth/clients/[^/]+", "oauth:client:edit"),
			rule("POST", "/api/v2/oauth/clients/[^/]+/secret", "oauth:client:edit"),
			rule("DELETE", "/api/v2/oauth/clients/[^/]+", "oauth:client:delete"),
			rule("POST", "/api/v2/groups", "directory:group:add"),
			rule("DELETE", "/api/v2/groups/[^/]+", "directory:group:delete"),
			rule("POST", "/api/v2/groups/[^/]+/members", "directory:group:edit"),
			rule("DELETE", "/api/v2/groups/[^/]+/members", "directory:group:edit"),
			rule("GET", "/api/v2/integrations(/.*)?", "integrations:integration:view"),
			rule("PUT", "/api/v2/integrations/[^/]+/config/current", "integrations:integration:edit"));

	private AdminPermissions() {
	}

	private static Rule rule(String method, String path, String permission) {
		return new Rule(method, Pattern.compile(path), permission);
	}

	/** The permission a request needs, or null. */
	static @Nullable String required(String method, String path) {
		return RULES.stream()
			.filter((rule) -> rule.method.equals(method) && rule.path.matcher(path).matches())
			.map(Rule::permission)
			.findFirst()
			.orElse(null);
	}

}
