package io.callimport.producer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

import io.callimport.genesys.settings.SettingsCheckConfiguration;
import io.callimport.model.messaging.MessagingTopologyConfiguration;
import io.callimport.model.settings.GenesysSettingsConfiguration;

/**
 * The producer of one tenant ({@code TENANT_ID}): watches the tenant's Genesys agents and
 * publishes every ended call; serves the tenant's admin API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import({ MessagingTopologyConfiguration.class, GenesysSettingsConfiguration.class, SettingsCheckConfiguration.class })
public class ProducerApplication {

	public static void main(String[] args) {
		SpringApplication.run(ProducerApplication.class, args);
	}

}
