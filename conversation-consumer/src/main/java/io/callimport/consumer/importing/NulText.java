package io.callimport.consumer.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Takes NUL characters out of what Genesys sends before it reaches PostgreSQL, which
 * stores no NUL in text and rejects NUL's escape (backslash, {@code u0000}) in jsonb.
 * Genesys passes caller data (ANI, names, attributes) through as it got it, so a NUL is
 * bad luck, not bad data: the call is imported without it.
 */
final class NulText {

	private static final String ESCAPED_NUL = "u0000";

	private NulText() {
	}

	static @Nullable String strip(@Nullable String text) {
		return (text != null && text.indexOf('\0') >= 0) ? text.replace("\0", "") : text;
	}

	static List<String> strip(List<String> texts) {
		return texts.stream().anyMatch((text) -> text.indexOf('\0') >= 0)
				? texts.stream().map((text) -> text.replace("\0", "")).toList() : texts;
	}

	/**
	 * The JSON without any NUL: NUL's escape (backslash, {@code u0000}; never an escaped
	 * backslash followed by {@code u0000}) and a raw NUL are dropped.
	 */
	static String stripJson(String json) {
		if (!json.contains("\\u0000") && json.indexOf('\0') < 0) {
			return json;
		}
		StringBuilder clean = new StringBuilder(json.length());
		int length = json.length();
		for (int i = 0; i < length; i++) {
			char c = json.charAt(i);
			if (c == '\0') {
				continue;
			}
			if (c == '\\' && i + 1 < length) {
				if (json.regionMatches(i + 1, ESCAPED_NUL, 0, ESCAPED_NUL.length())) {
					i += ESCAPED_NUL.length();
					continue;
				}
				// any other escape, an escaped backslash included, is kept whole
				clean.append(c).append(json.charAt(i + 1));
				i++;
				continue;
			}
			clean.append(c);
		}
		return clean.toString();
	}

}
