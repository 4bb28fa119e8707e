package io.callimport.model.settings;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The settings store for services that import it. {@link AutoConfigurationPackage} adds
 * this package to the ones Boot scans for entities and Spring Data repositories, beside
 * the application's own ({@code @EntityScan} or {@code @EnableJpaRepositories} would
 * replace the application's).
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
@EnableConfigurationProperties(SettingsEncryptionProperties.class)
public class GenesysSettingsConfiguration {

	@Bean
	SecretCipher secretCipher(SettingsEncryptionProperties properties) {
		return SecretCipher.fromBase64Key(properties.encryptionKey());
	}

	@Bean
	GenesysSettingsRepository genesysSettingsRepository(GenesysSettingsRows rows, SecretCipher secretCipher,
			DataSource dataSource) {
		return new GenesysSettingsRepository(rows, secretCipher, JdbcClient.create(dataSource));
	}

}
