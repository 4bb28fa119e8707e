package io.callimport.installation.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the operator: a bearer token equal to {@code OPERATOR_API_TOKEN}
 * (compared in constant time). Anything else stays unauthenticated and is answered 401.
 */
final class OperatorTokenFilter extends OncePerRequestFilter {

	static final String ROLE = "OPERATOR";

	private static final String BEARER = "Bearer ";

	private final byte[] expected;

	OperatorTokenFilter(OperatorApiProperties properties) {
		this.expected = properties.apiToken().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			byte[] presented = authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
			if (MessageDigest.isEqual(presented, this.expected)) {
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("operator", null,
							List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
			}
		}
		chain.doFilter(request, response);
	}

}
