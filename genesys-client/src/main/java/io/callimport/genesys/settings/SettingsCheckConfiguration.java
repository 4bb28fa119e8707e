package io.callimport.genesys.settings;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.callimport.genesys.GenesysProperties;
import io.callimport.genesys.directory.GroupDirectory;
import io.callimport.model.settings.GenesysSettingsRepository;

/**
 * The settings check for the services that accept settings (the producer's admin API and
 * the installation module's External API); they import it next to the settings store.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SettingsCheckProperties.class)
public class SettingsCheckConfiguration {

	@Bean(destroyMethod = "close")
	SettingsVerifier settingsVerifier(GenesysProperties genesys, SettingsCheckProperties properties,
			ObjectProvider<MeterRegistry> registry, GroupDirectory groups) {
		return new SettingsVerifier(genesys, properties, registry.getIfAvailable(CompositeMeterRegistry::new), groups);
	}

	@Bean
	SettingsSubmissions settingsSubmissions(GenesysSettingsRepository repository, SettingsVerifier verifier) {
		return new SettingsSubmissions(repository, verifier);
	}

}
