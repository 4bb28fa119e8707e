package io.callimport.installation;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import io.callimport.genesys.settings.SettingsCheckConfiguration;
import io.callimport.model.settings.GenesysSettingsConfiguration;

/**
 * The installation module, for every tenant: the External API (wizard accounts, tokens,
 * Genesys settings, status) and the AppFoundry installation wizard it serves.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import({ GenesysSettingsConfiguration.class, SettingsCheckConfiguration.class })
public class InstallationApiApplication {

	public static void main(String[] args) {
		SpringApplication.run(InstallationApiApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
