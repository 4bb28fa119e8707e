package io.callimport.simulator.organization;

import java.util.Collection;

/**
 * Genesys permission strings ({@code domain:entity:action}); a held permission may have
 * {@code *} for any part.
 */
public final class Permissions {

	/** What the analytics conversation-detail endpoints need. */
	public static final String ANALYTICS = "analytics:conversationDetail:view";

	/** What the recordings endpoints need. */
	public static final String RECORDINGS = "recording:recording:view";

	private Permissions() {
	}

	/** Whether the held permissions include the required one. */
	public static boolean grants(Collection<String> held, String required) {
		String[] wanted = required.split(":", -1);
		return held.stream().anyMatch((permission) -> matches(permission.split(":", -1), wanted));
	}

	private static boolean matches(String[] held, String[] wanted) {
		if (held.length != wanted.length) {
			return false;
		}
		for (int i = 0; i < held.length; i++) {
			if (!held[i].equals("*") && !held[i].equalsIgnoreCase(wanted[i])) {
				return false;
			}
		}
		return true;
	}

}
