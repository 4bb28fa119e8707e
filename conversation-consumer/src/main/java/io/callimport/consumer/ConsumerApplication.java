package io.callimport.consumer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.callimport.model.messaging.MessagingTopologyConfiguration;
import io.callimport.model.settings.GenesysSettingsConfiguration;

/**
 * The consumer of every tenant: imports each ended conversation into PostgreSQL and the
 * object store and queues it for speech analytics.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import({ MessagingTopologyConfiguration.class, GenesysSettingsConfiguration.class })
public class ConsumerApplication {

	public static void main(String[] args) {
		SpringApplication.run(ConsumerApplication.class, args);
	}

}
