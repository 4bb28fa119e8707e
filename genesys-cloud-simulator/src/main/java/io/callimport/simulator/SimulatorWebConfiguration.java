package io.callimport.simulator;

import io.callimport.simulator.auth.BearerAuthInterceptor;
import io.callimport.simulator.auth.PermissionInterceptor;
import io.callimport.simulator.auth.RateLimitInterceptor;
import io.callimport.simulator.fault.FaultInterceptor;
import io.callimport.simulator.web.GenesysJson;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Genesys paths: bearer token and the client's permissions, then rate limit, then
 * injected faults; Genesys bodies written with the SDK's mapper; control bodies with a
 * strict Jackson mapper.
 */
@Configuration(proxyBeanMethods = false)
class SimulatorWebConfiguration implements WebMvcConfigurer {

	private final BearerAuthInterceptor auth;

	private final PermissionInterceptor permissions;

	private final RateLimitInterceptor rateLimit;

	private final FaultInterceptor faults;

	private final HttpMessageConverter<GenesysJson> genesysJson;

	SimulatorWebConfiguration(BearerAuthInterceptor auth, PermissionInterceptor permissions,
			RateLimitInterceptor rateLimit, FaultInterceptor faults, HttpMessageConverter<GenesysJson> genesysJson) {
		this.auth = auth;
		this.permissions = permissions;
		this.rateLimit = rateLimit;
		this.faults = faults;
		this.genesysJson = genesysJson;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.auth).addPathPatterns("/api/v2/**").order(0);
		registry.addInterceptor(this.permissions).addPathPatterns("/api/v2/**").order(0);
		registry.addInterceptor(this.rateLimit).addPathPatterns("/api/v2/**").order(1);
		registry.addInterceptor(this.faults).addPathPatterns("/api/v2/**").order(2);
	}

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.addCustomConverter(this.genesysJson);
		// The control API is strict: a misspelt field is a 400, not a silent default.
		builder.withJsonConverter(new JacksonJsonHttpMessageConverter(
				JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()));
	}

}
