package io.callimport.installation.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
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
 * Spring MVC's own errors as problem+json naming each wrong field and why, never the
 * submitted value: a body may carry a password or a client secret.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Stream<Map<String, String>> fields = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> error(error.getField(), error.getDefaultMessage()));
		Stream<Map<String, String>> global = ex.getBindingResult()
			.getGlobalErrors()
			.stream()
			.map((error) -> error("", error.getDefaultMessage()));
		return invalid("The request has invalid fields", Stream.concat(fields, global).toList());
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> error(String.valueOf(result.getMethodParameter().getParameterName()),
						error.getDefaultMessage())))
			.toList();
		return invalid("The request has invalid parameters", errors);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid("The request body is missing, is not valid JSON, or has a field of the wrong type", List.of());
	}

	private static Map<String, String> error(String field, @Nullable String message) {
		return Map.of("field", field, "message", String.valueOf(message));
	}

	private static ResponseEntity<Object> invalid(String detail, List<Map<String, String>> errors) {
		ProblemDetail problem = ApiProblem.invalid(detail).getBody();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

}
