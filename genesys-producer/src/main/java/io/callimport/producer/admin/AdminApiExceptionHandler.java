package io.callimport.producer.admin;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns Spring MVC's own errors into problem+json with the details a caller can act on:
 * which field is wrong and why. Never echoes a submitted value, since a body may carry
 * the client secret.
 */
@RestControllerAdvice
class AdminApiExceptionHandler extends ResponseEntityExceptionHandler {

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		List<Map<String, String>> globalErrors = ex.getBindingResult()
			.getGlobalErrors()
			.stream()
			.map((error) -> Map.of("field", "", "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		ProblemDetail problem = invalid("The request has invalid fields");
		problem.setProperty("errors", concat(errors, globalErrors));
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
						"message", String.valueOf(error.getDefaultMessage()))))
			.toList();
		ProblemDetail problem = invalid("The request has invalid parameters");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(invalid("The request body is missing, is not valid JSON, or has a field of the wrong type"));
	}

	private static ProblemDetail invalid(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setType(URI.create(AdminApiException.PROBLEM_TYPE_BASE + "invalid-request"));
		problem.setTitle("Invalid request");
		return problem;
	}

	private static <T> List<T> concat(List<T> first, List<T> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}

}
