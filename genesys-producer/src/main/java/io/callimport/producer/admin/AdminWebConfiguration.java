package io.callimport.producer.admin;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.callimport.producer.tenant.TenantProperties;

/**
 * Puts the admin API behind {@link AdminApiInterceptor}. Actuator lives on the management
 * port and is not affected.
 */
@Configuration(proxyBeanMethods = false)
class AdminWebConfiguration implements WebMvcConfigurer {

	private final AdminApiProperties properties;

	private final TenantProperties tenant;

	AdminWebConfiguration(AdminApiProperties properties, TenantProperties tenant) {
		this.properties = properties;
		this.tenant = tenant;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AdminApiInterceptor(this.properties, this.tenant)).addPathPatterns("/api/**");
	}

}
