package io.callimport.simulator.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error, Genesys path or control path, as an {@code ErrorBody}.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(GenesysApiException.class)
	ResponseEntity<GenesysJson> genesys(GenesysApiException ex, HttpServletRequest request) {
		return GenesysErrors.response(ex, request);
	}

	@ExceptionHandler({ IllegalArgumentException.class, HttpMessageNotReadableException.class,
			MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class })
	ResponseEntity<GenesysJson> badRequest(Exception ex, HttpServletRequest request) {
		return GenesysErrors.response(GenesysApiException.badRequest(rootMessage(ex)), request);
	}

	@ExceptionHandler(IllegalStateException.class)
	ResponseEntity<GenesysJson> conflict(IllegalStateException ex, HttpServletRequest request) {
		return GenesysErrors.response(new GenesysApiException(409, "conflict", String.valueOf(ex.getMessage())),
				request);
	}

	@ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class })
	ResponseEntity<GenesysJson> notFound(Exception ex, HttpServletRequest request) {
		return GenesysErrors.response(GenesysApiException.notFound(null), request);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<GenesysJson> methodNotAllowed(Exception ex, HttpServletRequest request) {
		return GenesysErrors
			.response(new GenesysApiException(405, "method.not.allowed", String.valueOf(ex.getMessage())), request);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<GenesysJson> unsupportedMediaType(Exception ex, HttpServletRequest request) {
		return GenesysErrors
			.response(new GenesysApiException(415, "unsupported.media.type", String.valueOf(ex.getMessage())), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<GenesysJson> unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return GenesysErrors.response(
				new GenesysApiException(500, "internal.server.error", "The server encountered an unexpected error."),
				request);
	}

	private static String rootMessage(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = (ex instanceof IllegalArgumentException) ? ex.getMessage() : cause.getMessage();
		return (message != null) ? message : ex.getClass().getSimpleName();
	}

}
