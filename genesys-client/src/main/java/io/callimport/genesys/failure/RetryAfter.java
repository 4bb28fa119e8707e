package io.callimport.genesys.failure;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code Retry-After} value: delta seconds (what Genesys sends) or an HTTP date.
 * Header names are matched without regard to case, unlike the SDK's own retry.
 */
public final class RetryAfter {

	public static final String HEADER = "Retry-After";

	private RetryAfter() {
	}

	/** The wait a value asks for, or null when it is absent or unreadable. */
	public static @Nullable Duration parse(@Nullable String value, Instant now) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.trim();
		try {
			double seconds = Double.parseDouble(text);
			return (seconds >= 0 && seconds < Integer.MAX_VALUE) ? Duration.ofMillis((long) Math.ceil(seconds * 1000))
					: null;
		}
		catch (NumberFormatException notSeconds) {
			return parseDate(text, now);
		}
	}

	/** The {@code Retry-After} of a header map whatever the case of its name. */
	public static @Nullable Duration fromHeaders(@Nullable Map<String, String> headers, Instant now) {
		return parse(header(headers, HEADER), now);
	}

	/** A header's value from a map whose names may come in any case. */
	public static @Nullable String header(@Nullable Map<String, String> headers, String name) {
		if (headers == null) {
			return null;
		}
		for (Map.Entry<String, String> header : headers.entrySet()) {
			if (name.equalsIgnoreCase(header.getKey())) {
				return header.getValue();
			}
		}
		return null;
	}

	private static @Nullable Duration parseDate(String text, Instant now) {
		try {
			Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Duration wait = Duration.between(now, at);
			return wait.isNegative() ? Duration.ZERO : wait;
		}
		catch (DateTimeParseException unreadable) {
			return null;
		}
	}

}
