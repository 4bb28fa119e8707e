package io.callimport.genesys.directory;

import org.jspecify.annotations.Nullable;

/**
 * A member of a Genesys group, with what the product keeps of a user.
 *
 * @param id the user id
 * @param name the display name
 * @param email the email address
 * @param department the department (free text in Genesys)
 * @param divisionId the id of the user's division
 * @param state Genesys' user state as it spells it: {@code active}, {@code inactive} or
 * {@code deleted}
 */
public record GroupMember(String id, @Nullable String name, @Nullable String email, @Nullable String department,
		@Nullable String divisionId, @Nullable String state) {

	/** A deleted user is no agent any more. */
	public boolean deleted() {
		return "deleted".equals(this.state);
	}

}
