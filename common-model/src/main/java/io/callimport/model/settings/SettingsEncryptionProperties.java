package io.callimport.model.settings;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code SETTINGS_ENCRYPTION_KEY}: base64 of 32 random bytes, the same for every service
 * of a deployment.
 */
@Validated
@ConfigurationProperties("settings")
public record SettingsEncryptionProperties(@NotBlank String encryptionKey) {

	/** Never the key: records print their components, and a bound bean may be logged. */
	@Override
	public String toString() {
		return "SettingsEncryptionProperties[encryptionKey=******]";
	}

}
