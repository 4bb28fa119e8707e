package io.callimport.producer.admin;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Admin API errors, rendered by Spring MVC as RFC 9457 {@code application/problem+json}.
 */
public abstract class AdminApiException extends ErrorResponseException {

	/** Base of the problem type URIs; each type names one kind of error. */
	public static final String PROBLEM_TYPE_BASE = "https://callimport.io/problems/";

	protected AdminApiException(HttpStatus status, String type, String title, String detail) {
		this(status, type, title, detail, new HttpHeaders());
	}

	protected AdminApiException(HttpStatus status, String type, String title, String detail, HttpHeaders headers) {
		super(status, problem(status, type, title, detail), null);
		getHeaders().putAll(headers);
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(PROBLEM_TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

	/** No or a wrong bearer token. */
	public static final class Unauthenticated extends AdminApiException {

		public Unauthenticated(String detail) {
			super(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", detail, bearerChallenge());
		}

		private static HttpHeaders bearerChallenge() {
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"callimport-admin\"");
			return headers;
		}

	}

	/** The thing asked for does not exist (or is not this producer's tenant). */
	public static final class NotFound extends AdminApiException {

		public NotFound(String detail) {
			super(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
		}

	}

	/** A request that the tenant's current state does not allow. */
	public static final class Conflict extends AdminApiException {

		public Conflict(String detail) {
			super(HttpStatus.CONFLICT, "conflict", "Conflict", detail);
		}

	}

	/** A request that is well-formed but cannot be done as asked. */
	public static final class InvalidRequest extends AdminApiException {

		public InvalidRequest(String detail) {
			super(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
		}

	}

}
