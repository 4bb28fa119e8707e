package io.callimport.installation.account;

import java.util.Locale;

/**
 * Usernames are compared without regard to case and surrounding blanks.
 */
final class Usernames {

	/** What a username may look like (an e-mail address fits). */
	static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._@+-]{0,99}";

	private Usernames() {
	}

	static String normalized(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

}
