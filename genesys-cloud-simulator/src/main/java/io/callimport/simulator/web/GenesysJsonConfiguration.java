package io.callimport.simulator.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;

/**
 * The converter of Genesys bodies.
 */
@Configuration(proxyBeanMethods = false)
class GenesysJsonConfiguration {

	@Bean
	HttpMessageConverter<GenesysJson> genesysJsonConverter() {
		return new GenesysJsonConverter();
	}

}
