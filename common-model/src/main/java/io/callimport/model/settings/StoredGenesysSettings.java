package io.callimport.model.settings;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code genesys_settings}, the secret still encrypted. Rows are written by the
 * upsert of {@link GenesysSettingsRows#upsert}, so this entity only reads and deletes
 * them; {@link GenesysSettingsRepository} decrypts.
 */
@Entity
@Table(name = "genesys_settings")
class StoredGenesysSettings {

	@Id
	private String tenantId;

	private String organizationId;

	private String region;

	private String clientId;

	private byte[] clientSecretEncrypted;

	private @Nullable String groupId;

	private @Nullable String groupName;

	private @Nullable String departmentId;

	private @Nullable String roleId;

	private @Nullable String integrationUserId;

	private long revision;

	private Instant updatedAt;

	protected StoredGenesysSettings() {
	}

	GenesysSettings decrypt(SecretCipher cipher) {
		return new GenesysSettings(this.tenantId, this.organizationId, this.region, this.clientId,
				cipher.decrypt(this.tenantId, this.clientSecretEncrypted), this.groupId, this.groupName,
				this.departmentId, this.roleId, this.integrationUserId, this.revision, this.updatedAt);
	}

}
