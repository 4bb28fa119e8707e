package io.callimport.simulator.authorization;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks the administration permissions after the bearer token (order 0) and with the
 * rate limit (order 1).
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationWebConfiguration implements WebMvcConfigurer {

	private final AdminPermissionInterceptor permissions;

	AuthorizationWebConfiguration(AdminPermissionInterceptor permissions) {
		this.permissions = permissions;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.permissions).addPathPatterns("/api/v2/**").order(1);
	}

}
