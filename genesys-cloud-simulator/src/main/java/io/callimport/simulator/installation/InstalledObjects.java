package io.callimport.simulator.installation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * {@code GET /simulator/organizations/{orgId}/installation}: what exists now that was
 * made through the API (an installation), never a secret.
 *
 * @param organizationId the organisation
 * @param roles roles created through the API, with who holds them
 * @param oauthClients OAuth clients created through the API
 * @param groups groups created through the API, with their members
 * @param integrations the installed integrations and their configuration notes
 */
public record InstalledObjects(String organizationId, List<Role> roles, List<OAuthClient> oauthClients,
		List<Group> groups, List<Integration> integrations) {

	/** Whether no role, OAuth client or group made through the API is left. */
	public boolean isEmpty() {
		return this.roles.isEmpty() && this.oauthClients.isEmpty() && this.groups.isEmpty();
	}

	/**
	 * A role.
	 *
	 * @param id its id
	 * @param name its name
	 * @param permissions what it grants
	 * @param holderUserIds the users who hold it
	 */
	public record Role(String id, String name, List<String> permissions, List<String> holderUserIds) {
	}

	/**
	 * An OAuth client.
	 *
	 * @param id its client id
	 * @param name its name
	 * @param grantType {@code CLIENT-CREDENTIALS}
	 * @param roleIds its roles
	 * @param createdByUserId who created it
	 */
	public record OAuthClient(String id, String name, String grantType, List<String> roleIds,
			@Nullable String createdByUserId) {
	}

	/**
	 * A group.
	 *
	 * @param id its id
	 * @param name its name
	 * @param memberIds its members
	 */
	public record Group(String id, String name, List<String> memberIds) {
	}

	/**
	 * An integration.
	 *
	 * @param id its id
	 * @param integrationTypeId its type
	 * @param name its configuration's name
	 * @param configVersion its configuration's version
	 * @param notes its configuration's notes
	 */
	public record Integration(String id, String integrationTypeId, String name, int configVersion, String notes) {
	}

}
