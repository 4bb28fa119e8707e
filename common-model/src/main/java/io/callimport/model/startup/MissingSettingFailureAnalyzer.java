package io.callimport.model.startup;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * When a required setting is missing or invalid, names the environment variable an
 * operator sets (e.g. {@code TENANT_ID}) rather than the property, and never prints the
 * rejected value: for {@code ADMIN_API_TOKEN} or {@code MINIO_SECRET_KEY} the value is a
 * secret. Runs before Spring Boot's own analyzer, which would print it.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MissingSettingFailureAnalyzer extends AbstractFailureAnalyzer<BindValidationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, BindValidationException cause) {
		String prefix = cause.getValidationErrors().getName().toString();
		List<String> lines = cause.getValidationErrors()
			.getAllErrors()
			.stream()
			.map((error) -> describe(prefix, error))
			.toList();
		String variables = cause.getValidationErrors()
			.getAllErrors()
			.stream()
			.map((error) -> environmentVariable(propertyName(prefix, error)))
			.distinct()
			.collect(Collectors.joining(", "));
		return new FailureAnalysis("Required configuration is missing or invalid:\n" + String.join("\n", lines),
				"Set " + variables + " in the environment (see the README's configuration table) and start again.",
				cause);
	}

	private static String describe(String prefix, ObjectError error) {
		String property = propertyName(prefix, error);
		return "    " + environmentVariable(property) + " (property " + property + "): " + error.getDefaultMessage();
	}

	static String propertyName(String prefix, ObjectError error) {
		if (error instanceof FieldError field) {
			return prefix + "." + kebabCase(field.getField());
		}
		return prefix;
	}

	/**
	 * {@code admin.api-token} → {@code ADMIN_API_TOKEN}, as Spring Boot's relaxed binding
	 * reads it.
	 */
	static String environmentVariable(String property) {
		return property.replace('.', '_').replace('-', '_').replace("[", "_").replace("]", "").toUpperCase(Locale.ROOT);
	}

	private static String kebabCase(String field) {
		StringBuilder result = new StringBuilder(field.length() + 4);
		for (char c : field.toCharArray()) {
			if (Character.isUpperCase(c)) {
				result.append('-').append(Character.toLowerCase(c));
			}
			else {
				result.append(c);
			}
		}
		return result.toString();
	}

}
