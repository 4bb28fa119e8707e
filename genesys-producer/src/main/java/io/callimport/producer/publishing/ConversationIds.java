package io.callimport.producer.publishing;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a Genesys conversation id looks like: a UUID. Every way a conversation enters the
 * producer (a notification frame, a reconciliation's listing, an operator's replay) is
 * checked against it, so a malformed id is parked instead of reaching the database (where
 * a NUL is rejected) or the consumer.
 */
public final class ConversationIds {

	/** The same check as a PostgreSQL regular expression. */
	public static final String SQL_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

	private static final Pattern UUID = Pattern.compile(SQL_PATTERN);

	private static final int MAX_SHOWN = 120;

	private ConversationIds() {
	}

	public static boolean isValid(@Nullable String conversationId) {
		return conversationId != null && UUID.matcher(conversationId).matches();
	}

	/**
	 * The id as it may be shown and stored: control and non-ASCII characters escaped as
	 * {@code \\uXXXX}, cut at {@value #MAX_SHOWN} characters.
	 */
	public static String printable(String conversationId) {
		return printable(conversationId, MAX_SHOWN);
	}

	/** Any text as {@link #printable(String)} shows an id, cut at {@code max}. */
	public static String printable(String text, int max) {
		StringBuilder shown = new StringBuilder();
		for (int i = 0; i < text.length() && shown.length() <= max; i++) {
			char c = text.charAt(i);
			if (c < 0x20 || c > 0x7e) {
				shown.append(String.format("\\u%04x", (int) c));
			}
			else {
				shown.append(c);
			}
		}
		return (shown.length() <= max) ? shown.toString() : shown.substring(0, max) + "…";
	}

}
