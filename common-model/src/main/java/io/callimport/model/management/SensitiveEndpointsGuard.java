package io.callimport.model.management;

import java.util.Set;

import org.springframework.boot.actuate.endpoint.EndpointFilter;
import org.springframework.boot.actuate.endpoint.ExposableEndpoint;
import org.springframework.boot.actuate.endpoint.jmx.ExposableJmxEndpoint;
import org.springframework.boot.actuate.endpoint.web.ExposableWebEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Keeps the actuator endpoints that leak memory contents, configuration or let a caller
 * change log levels off the web and JMX, whatever
 * {@code MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE} says: the management port has no
 * authentication, so an environment variable alone must never open them. Health, info and
 * prometheus stay governed by the usual exposure settings.
 */
@AutoConfiguration
@ConditionalOnClass(EndpointFilter.class)
public class SensitiveEndpointsGuard {

	/** Endpoint ids that are never exposed. */
	public static final Set<String> NEVER_EXPOSED = Set.of("heapdump", "threaddump", "env", "configprops", "loggers",
			"beans", "mappings", "shutdown", "logfile");

	@Bean
	EndpointFilter<ExposableWebEndpoint> sensitiveWebEndpointsFilter() {
		return SensitiveEndpointsGuard::allowed;
	}

	@Bean
	EndpointFilter<ExposableJmxEndpoint> sensitiveJmxEndpointsFilter() {
		return SensitiveEndpointsGuard::allowed;
	}

	static boolean allowed(ExposableEndpoint<?> endpoint) {
		return !NEVER_EXPOSED.contains(endpoint.getEndpointId().toLowerCaseString());
	}

}
