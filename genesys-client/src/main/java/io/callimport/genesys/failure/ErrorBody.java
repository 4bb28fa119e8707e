package io.callimport.genesys.failure;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parts of a Genesys {@code ErrorBody} worth reporting: its {@code code} (e.g.
 * {@code too.many.requests.retry.after}) and {@code message}. Anything that is not such a
 * body reads as empty.
 *
 * @param code the Genesys error code, if any
 * @param message the Genesys error message, if any
 */
public record ErrorBody(@Nullable String code, @Nullable String message) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_MESSAGE = 300;

	public static ErrorBody parse(@Nullable String body) {
		if (body == null || body.isBlank() || body.charAt(0) != '{') {
			return new ErrorBody(null, null);
		}
		try {
			JsonNode node = JSON.readTree(body);
			return new ErrorBody(text(node, "code"), abbreviate(text(node, "message")));
		}
		catch (JacksonException notJson) {
			return new ErrorBody(null, null);
		}
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isString()) ? value.asString() : null;
	}

	private static @Nullable String abbreviate(@Nullable String message) {
		return (message == null || message.length() <= MAX_MESSAGE) ? message : message.substring(0, MAX_MESSAGE) + "…";
	}

}
