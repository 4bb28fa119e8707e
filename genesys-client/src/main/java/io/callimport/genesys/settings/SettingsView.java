package io.callimport.genesys.settings;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.callimport.model.settings.GenesysSettings;

/**
 * A tenant's settings as the settings APIs return them: never the secret, only that it is
 * set.
 */
public record SettingsView(String organizationId, String region, String clientId, boolean clientSecretSet,
		@Nullable String groupId, @Nullable String groupName, @Nullable String departmentId, @Nullable String roleId,
		@Nullable String integrationUserId, long revision, Instant updatedAt) {

	public static SettingsView of(GenesysSettings settings) {
		return new SettingsView(settings.organizationId(), settings.region(), settings.clientId(), true,
				settings.groupId(), settings.groupName(), settings.departmentId(), settings.roleId(),
				settings.integrationUserId(), settings.revision(), settings.updatedAt());
	}

}
