package io.callimport.genesys.settings;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT …/genesys-settings}, in the producer's admin API and in the
 * External API alike; the field names are the contract with the installation wizard.
 * Blank optional fields count as absent. The secret carries no validation annotation, so
 * that no validation message or log line can ever hold it; {@link SubmittedSettings}
 * checks it. {@link #toString()} masks it.
 */
public record SettingsRequest(@NotBlank @Pattern(regexp = UUID, message = UUID_MESSAGE) String organizationId,
		@NotBlank @Size(max = 100) String region,
		@NotBlank @Size(max = 200) @Pattern(regexp = "\\S+", message = "must not contain blanks") String clientId,
		@Nullable String clientSecret, @Nullable @Pattern(regexp = UUID, message = UUID_MESSAGE) String groupId,
		@Nullable @Size(max = 255) String groupName,
		@Nullable @Pattern(regexp = UUID, message = UUID_MESSAGE) String departmentId,
		@Nullable @Pattern(regexp = UUID, message = UUID_MESSAGE) String roleId,
		@Nullable @Pattern(regexp = UUID, message = UUID_MESSAGE) String integrationUserId) {

	/** A Genesys id. */
	public static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

	public static final String UUID_MESSAGE = "must be a Genesys id (a UUID such as 6f3c2c56-8d4e-4a8b-9c1d-2e3f4a5b6c7d)";

	public SettingsRequest {
		organizationId = trimmed(organizationId);
		region = trimmed(region);
		clientId = trimmed(clientId);
		clientSecret = (clientSecret == null || clientSecret.isEmpty()) ? null : clientSecret;
		groupId = trimmed(groupId);
		groupName = trimmed(groupName);
		departmentId = trimmed(departmentId);
		roleId = trimmed(roleId);
		integrationUserId = trimmed(integrationUserId);
	}

	@AssertTrue(message = "groupId or groupName is required")
	public boolean isGroupNamed() {
		return this.groupId != null || this.groupName != null;
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	@Override
	public String toString() {
		return "SettingsRequest[organizationId=" + this.organizationId + ", region=" + this.region + ", clientId="
				+ this.clientId + ", clientSecret=******, groupId=" + this.groupId + ", groupName=" + this.groupName
				+ ", departmentId=" + this.departmentId + ", roleId=" + this.roleId + ", integrationUserId="
				+ this.integrationUserId + "]";
	}

}
