package io.callimport.producer.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import io.callimport.producer.tenant.TenantProperties;

/**
 * Guards every admin API call: the bearer token must be {@code ADMIN_API_TOKEN} (compared
 * in constant time), and the {@code {tenantId}} of the path must be the tenant this
 * producer serves, so one tenant's producer never answers for another.
 */
class AdminApiInterceptor implements HandlerInterceptor {

	private static final String BEARER = "Bearer ";

	private final byte[] expectedToken;

	private final String tenantId;

	AdminApiInterceptor(AdminApiProperties properties, TenantProperties tenant) {
		this.expectedToken = properties.apiToken().getBytes(StandardCharsets.UTF_8);
		this.tenantId = tenant.id();
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			throw new AdminApiException.Unauthenticated(
					"A bearer token is required (Authorization: Bearer <ADMIN_API_TOKEN>)");
		}
		byte[] presented = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
		if (!MessageDigest.isEqual(presented, this.expectedToken)) {
			throw new AdminApiException.Unauthenticated("The bearer token is not valid");
		}
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get("tenantId") instanceof String requested
				&& !requested.equals(this.tenantId)) {
			throw new AdminApiException.NotFound("Tenant '" + requested + "' is not served by this producer");
		}
		return true;
	}

}
