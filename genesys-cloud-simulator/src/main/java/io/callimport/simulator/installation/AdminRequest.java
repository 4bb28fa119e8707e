package io.callimport.simulator.installation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /simulator/organizations/{orgId}/admins}: an administrator who can sign in
 * on the login page. {@link #toString()} masks the password.
 *
 * @param name the user's name
 * @param email what they sign in with (default: derived from the name and the
 * organisation's domain)
 * @param password their password
 * @param permissions the permissions of their own role (default:
 * {@link #INSTALLER_PERMISSIONS})
 */
public record AdminRequest(String name, @Nullable String email, String password, @Nullable List<String> permissions) {

	/** What the premium-app installer needs, for Install and Uninstall. */
	public static final List<String> INSTALLER_PERMISSIONS = List.of("authorization:role:view",
			"authorization:role:add", "authorization:role:edit", "authorization:role:delete", "authorization:grant:add",
			"oauth:client:view", "oauth:client:add", "oauth:client:edit", "oauth:client:delete", "directory:group:add",
			"directory:group:edit", "directory:group:delete", "integrations:integration:view",
			"integrations:integration:edit");

	public AdminRequest {
		if (name == null || name.isBlank() || password == null || password.isEmpty()) {
			throw new IllegalArgumentException("An administrator needs a name and a password");
		}
		permissions = (permissions != null) ? List.copyOf(permissions) : INSTALLER_PERMISSIONS;
	}

	public static AdminRequest installer(String name, String email, String password) {
		return new AdminRequest(name, email, password, null);
	}

	public AdminRequest withPermissions(List<String> granted) {
		return new AdminRequest(this.name, this.email, this.password, granted);
	}

	@Override
	public String toString() {
		return "AdminRequest[name=" + this.name + ", email=" + this.email + ", password=******, permissions="
				+ this.permissions + "]";
	}

}
