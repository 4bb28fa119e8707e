package io.callimport.installation.operator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /operator/v1/tenants/{tenantName}/accounts}. Without a password
 * one is generated and answered once. {@link #toString()} masks the password.
 *
 * @param username the account's username (compared without case)
 * @param password the initial password (12 to 200 characters), or null
 */
record NewAccountRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._@+-]{0,99}",
		message = "must be 1 to 100 letters, digits or . _ @ + - (starting with a letter or digit)") String username,
		@Nullable @Size(min = 12, max = 200) String password) {

	@Override
	public String toString() {
		return "NewAccountRequest[username=" + this.username + ", password=******]";
	}

}
