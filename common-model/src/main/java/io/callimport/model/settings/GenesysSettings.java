package io.callimport.model.settings;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A tenant's Genesys settings, decrypted. {@link #toString()} masks the secret (see
 * {@link ClientSecret}).
 *
 * @param tenantId the tenant
 * @param organizationId the Genesys organisation id the wizard reported
 * @param region a Genesys region domain, e.g. {@code mypurecloud.com}
 * @param clientId the OAuth client (client credentials grant)
 * @param clientSecret the OAuth client's secret
 * @param groupId the group whose members are the agents, or null when only a name is
 * known
 * @param groupName the group's name, used when {@code groupId} is null
 * @param departmentId optional department the group is expected to match
 * @param roleId the role the installation wizard created, if any
 * @param integrationUserId the user the installation wizard created or used, if any
 * @param revision bumped on every change
 * @param updatedAt when the settings last changed
 */
public record GenesysSettings(String tenantId, String organizationId, String region, String clientId,
		ClientSecret clientSecret, @Nullable String groupId, @Nullable String groupName, @Nullable String departmentId,
		@Nullable String roleId, @Nullable String integrationUserId, long revision, Instant updatedAt) {

	public GenesysSettings {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(organizationId, "organizationId");
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(clientSecret, "clientSecret");
		if (groupId == null && groupName == null) {
			throw new IllegalArgumentException("groupId or groupName is required");
		}
	}

}
