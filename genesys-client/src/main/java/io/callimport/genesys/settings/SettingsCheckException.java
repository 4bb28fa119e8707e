package io.callimport.genesys.settings;

/**
 * Submitted settings were not saved. The message says why in words an installer or
 * operator can act on; it never holds the client secret.
 */
public class SettingsCheckException extends RuntimeException {

	private final Reason reason;

	public SettingsCheckException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * Why the settings were not saved.
	 */
	public enum Reason {

		/** The request itself is wrong (unknown region, missing or oversized secret). */
		INVALID,

		/** Genesys contradicts the settings (login, organisation, group, division). */
		REJECTED,

		/** Genesys could not be asked. */
		GENESYS_UNAVAILABLE

	}

}
