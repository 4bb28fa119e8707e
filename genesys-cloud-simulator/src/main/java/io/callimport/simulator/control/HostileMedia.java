package io.callimport.simulator.control;

/**
 * Media a hostile or broken Genesys (or a compromised storage host) might serve, to show
 * that an importer refuses it: URIs it must not open, and downloads it must not wait on
 * or take whole.
 */
public enum HostileMedia {

	/** Media served as it should be. */
	NONE,

	/** Media URIs over plain http ({@code http://media.callimport.invalid/…}). */
	PLAIN_HTTP,

	/** Media URIs at the cloud metadata service ({@code https://169.254.169.254/…}). */
	LINK_LOCAL,

	/** Media URIs at a private address ({@code https://10.0.0.1/…}). */
	PRIVATE_ADDRESS,

	/**
	 * The media URI answers 302 to the same file at {@code localhost} (where it is then
	 * served), a host the client was not given, as a storage host sending the client
	 * elsewhere would.
	 */
	REDIRECT_OUTSIDE,

	/** The file trickles out at 1 KB a second, with its {@code Content-Length}. */
	TRICKLE,

	/**
	 * {@code Content-Length} and body padded to {@code hostileMediaBytes}, the listed
	 * size unchanged.
	 */
	OVERSIZED,

	/**
	 * No {@code Content-Length}, and {@code hostileMediaBytes} more than the size the
	 * recordings list declares.
	 */
	LONGER_THAN_LISTED

}
