package io.callimport.model.settings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The settings store for services that import it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SettingsEncryptionProperties.class)
public class GenesysSettingsConfiguration {

	@Bean
	SecretCipher secretCipher(SettingsEncryptionProperties properties) {
		return SecretCipher.fromBase64Key(properties.encryptionKey());
	}

	@Bean
	GenesysSettingsRepository genesysSettingsRepository(JdbcClient jdbcClient, SecretCipher secretCipher) {
		return new GenesysSettingsRepository(jdbcClient, secretCipher);
	}

}
