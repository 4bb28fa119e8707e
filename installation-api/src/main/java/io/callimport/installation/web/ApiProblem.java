package io.callimport.installation.web;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error of the External API or the operator API, rendered by Spring MVC as RFC 9457
 * {@code application/problem+json}. The detail never holds a password, a token or a
 * client secret.
 */
public class ApiProblem extends ErrorResponseException {

	/** Base of the problem type URIs; each type names one kind of error. */
	public static final String TYPE_BASE = "https://callimport.io/problems/";

	public ApiProblem(HttpStatus status, String type, String title, String detail) {
		this(status, type, title, detail, new HttpHeaders());
	}

	public ApiProblem(HttpStatus status, String type, String title, String detail, HttpHeaders headers) {
		super(status, problem(status, type, title, detail), null);
		getHeaders().putAll(headers);
	}

	/** A problem body, for the places that write one themselves (security filters). */
	public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

	/** Adds a property to the body (e.g. {@code attemptsLeft}). */
	public ApiProblem with(String name, Object value) {
		getBody().setProperty(name, value);
		return this;
	}

	@Override
	public String getMessage() {
		return String.valueOf(getBody().getDetail());
	}

	public static ApiProblem invalid(String detail) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
	}

	public static ApiProblem notFound(String detail) {
		return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
	}

	public static ApiProblem conflict(String detail) {
		return new ApiProblem(HttpStatus.CONFLICT, "conflict", "Conflict", detail);
	}

}
