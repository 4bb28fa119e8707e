package io.callimport.simulator.web;

import java.util.List;

import com.mypurecloud.sdk.v2.model.ErrorBody;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/**
 * Builds Genesys {@code ErrorBody} responses.
 */
public final class GenesysErrors {

	private GenesysErrors() {
	}

	public static ErrorBody body(int status, String code, String message, String contextId) {
		return new ErrorBody().status(status)
			.code(code)
			.message(message)
			.contextId(contextId)
			.details(List.of())
			.errors(List.of());
	}

	public static ResponseEntity<GenesysJson> response(GenesysApiException ex, HttpServletRequest request) {
		HttpHeaders headers = new HttpHeaders();
		ex.headers().forEach(headers::set);
		ErrorBody body = body(ex.status(), ex.code(), String.valueOf(ex.getMessage()), CorrelationFilter.of(request));
		return ResponseEntity.status(HttpStatusCode.valueOf(ex.status())).headers(headers).body(GenesysJson.of(body));
	}

}
