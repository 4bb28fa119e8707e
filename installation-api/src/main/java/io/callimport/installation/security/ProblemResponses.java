package io.callimport.installation.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import io.callimport.installation.web.ApiProblem;

/**
 * 401 and 403 of the security filters as problem+json, like every other error of the
 * APIs. The detail says what to do, never what was presented.
 */
final class ProblemResponses {

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	/** 401 with a bearer challenge. */
	AuthenticationEntryPoint unauthenticated(String realm, String detail) {
		return (request, response, ex) -> write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
				"Authentication required", detail, "Bearer realm=\"" + realm + "\"");
	}

	/** 403: a valid token that may not do this. */
	AccessDeniedHandler forbidden(String detail) {
		return (request, response, ex) -> write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				detail, null);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String title, String detail, @Nullable String challenge) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", ApiProblem.TYPE_BASE + type);
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (challenge != null) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
		}
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
