package io.callimport.consumer.failure;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.amqp.core.MessageProperties;

import io.callimport.model.messaging.MessagingTopology;

/**
 * Which attempt at a message this is, carried across delay-queue retries in headers.
 *
 * @param number 1 for the first attempt
 * @param firstAttemptAt when the first attempt started
 */
public record Attempt(int number, Instant firstAttemptAt) {

	/** Header with the instant of the first attempt (ISO-8601). */
	public static final String FIRST_ATTEMPT_AT_HEADER = "x-callimport-first-attempt-at";

	private static final int MAX_NUMBER = 1_000_000;

	/** The attempt a delivery stands for, from the headers a retry left on it. */
	public static Attempt of(MessageProperties properties, Instant now) {
		Map<String, Object> headers = properties.getHeaders();
		int done = Math.min(Math.max(number(headers.get(MessagingTopology.ATTEMPT_HEADER)), 0), MAX_NUMBER);
		Instant first = instant(headers.get(FIRST_ATTEMPT_AT_HEADER));
		return new Attempt(done + 1, (first != null && !first.isAfter(now)) ? first : now);
	}

	/** Time since the first attempt. */
	public Duration elapsed(Instant now) {
		return Duration.between(this.firstAttemptAt, now);
	}

	private static int number(@Nullable Object value) {
		if (value instanceof Number number) {
			return number.intValue();
		}
		if (value != null) {
			try {
				return Integer.parseInt(value.toString().trim());
			}
			catch (NumberFormatException ex) {
				return 0;
			}
		}
		return 0;
	}

	private static @Nullable Instant instant(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		try {
			return Instant.parse(value.toString());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
