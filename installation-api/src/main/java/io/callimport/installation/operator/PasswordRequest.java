package io.callimport.installation.operator;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT …/accounts/{username}/password}: a new password, or none to
 * generate one. {@link #toString()} masks it.
 *
 * @param password 12 to 200 characters, or null
 */
record PasswordRequest(@Nullable @Size(min = 12, max = 200) String password) {

	@Override
	public String toString() {
		return "PasswordRequest[password=******]";
	}

}
