package io.callimport.installation.token;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /external/v1/tokens}. {@link #toString()} masks the password.
 *
 * @param tenantName the tenant, as in the operator's mail
 * @param username the wizard account's username
 * @param password its password
 */
record TokenRequest(@NotBlank @Size(max = 100) String tenantName, @NotBlank @Size(max = 200) String username,
		@NotBlank @Size(max = 1024) String password) {

	@Override
	public String toString() {
		return "TokenRequest[tenantName=" + this.tenantName + ", username=" + this.username + ", password=******]";
	}

}
