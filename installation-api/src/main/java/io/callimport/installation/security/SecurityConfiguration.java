package io.callimport.installation.security;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import io.callimport.installation.wizard.WizardContentSecurityPolicy;

/**
 * Three filter chains. A tenant's External API paths need a token of that tenant (401
 * without a valid one, 403 for another tenant's). The operator API needs
 * {@code OPERATOR_API_TOKEN}. Everything else (the token endpoint, the wizard's files) is
 * open, with the wizard's security headers. No sessions, no cookies, so no CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String EXTERNAL_REALM = "callimport-external-api";

	@Bean
	@Order(1)
	SecurityFilterChain externalApi(HttpSecurity http, JwtDecoder decoder, JsonMapper json) {
		ProblemResponses problems = new ProblemResponses(json);
		var unauthenticated = problems.unauthenticated(EXTERNAL_REALM,
				"A valid External API token is required (Authorization: Bearer <token> from POST /external/v1/tokens); "
						+ "it is missing, expired or not valid");
		var forbidden = problems.forbidden("This token belongs to another tenant");
		http.securityMatcher("/external/v1/tenants/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/external/v1/tenants/{tenantName}/**")
				.access(new TenantTokenAuthorization())
				.anyRequest()
				.denyAll())
			.oauth2ResourceServer((resource) -> resource.jwt((jwt) -> jwt.decoder(decoder))
				.authenticationEntryPoint(unauthenticated)
				.accessDeniedHandler(forbidden))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(unauthenticated)
				.accessDeniedHandler(forbidden));
		return stateless(http).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain operatorApi(HttpSecurity http, OperatorApiProperties properties, JsonMapper json) {
		ProblemResponses problems = new ProblemResponses(json);
		http.securityMatcher("/operator/**")
			.addFilterBefore(new OperatorTokenFilter(properties), AuthorizationFilter.class)
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole(OperatorTokenFilter.ROLE))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(problems.unauthenticated("callimport-operator",
						"The operator token is required (Authorization: Bearer <OPERATOR_API_TOKEN>)"))
				.accessDeniedHandler(problems.forbidden("The operator token is required")));
		return stateless(http).build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain openPaths(HttpSecurity http, WizardContentSecurityPolicy policy) {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.headers((headers) -> headers.frameOptions((frames) -> frames.disable())
				.contentSecurityPolicy((csp) -> csp.policyDirectives(policy.policy())));
		return stateless(http).build();
	}

	private static HttpSecurity stateless(HttpSecurity http) {
		return http.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable());
	}

}
