package io.callimport.simulator.organization;

/**
 * An administrator who can sign in on the login page. {@link #toString()} masks the
 * password.
 *
 * @param organizationId their organisation
 * @param userId their user id
 * @param email what they sign in with
 * @param password their password
 */
public record AdminLogin(String organizationId, String userId, String email, String password) {

	@Override
	public String toString() {
		return "AdminLogin[organizationId=" + this.organizationId + ", userId=" + this.userId + ", email=" + this.email
				+ ", password=******]";
	}

}
