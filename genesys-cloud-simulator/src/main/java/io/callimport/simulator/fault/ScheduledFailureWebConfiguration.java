package io.callimport.simulator.fault;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Planned failures come after every other check of an API request.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledFailureWebConfiguration implements WebMvcConfigurer {

	private final ScheduledFailureInterceptor interceptor;

	ScheduledFailureWebConfiguration(ScheduledFailureInterceptor interceptor) {
		this.interceptor = interceptor;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.interceptor).addPathPatterns("/api/v2/**").order(3);
	}

}
