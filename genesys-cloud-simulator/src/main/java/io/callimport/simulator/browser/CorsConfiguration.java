package io.callimport.simulator.browser;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * CORS for {@code /api/**} and {@code /oauth/token}: any origin, the methods and headers
 * the JavaScript SDK sends, Genesys' response headers readable. Answers preflights before
 * the token check and the request counter see them.
 */
@Configuration(proxyBeanMethods = false)
class CorsConfiguration {

	@Bean
	FilterRegistrationBean<CorsFilter> genesysCorsFilter() {
		org.springframework.web.cors.CorsConfiguration cors = new org.springframework.web.cors.CorsConfiguration();
		cors.addAllowedOriginPattern("*");
		cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"));
		cors.addAllowedHeader("*");
		cors.setExposedHeaders(List.of("ININ-Correlation-Id", "inin-ratelimit-allowed", "inin-ratelimit-count",
				"inin-ratelimit-reset", "Retry-After"));
		cors.setMaxAge(600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", cors);
		source.registerCorsConfiguration("/oauth/token", cors);
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
