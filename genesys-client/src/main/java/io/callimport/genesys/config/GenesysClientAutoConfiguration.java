package io.callimport.genesys.config;

import io.callimport.genesys.GenesysClients;
import io.callimport.genesys.GenesysProperties;
import io.callimport.genesys.directory.GroupDirectory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Provides {@link GenesysClients} bound to {@code genesys.*}, recording into the
 * application's {@link MeterRegistry} when there is one, and the {@link GroupDirectory}.
 * Needs no database or broker.
 */
@AutoConfiguration
@EnableConfigurationProperties(GenesysProperties.class)
public class GenesysClientAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	GenesysClients genesysClients(GenesysProperties properties, ObjectProvider<MeterRegistry> registry) {
		// without a registry the meters go to an empty composite, which records nothing
		return new GenesysClients(properties, registry.getIfAvailable(CompositeMeterRegistry::new));
	}

	@Bean
	@ConditionalOnMissingBean
	GroupDirectory groupDirectory() {
		return new GroupDirectory();
	}

}
