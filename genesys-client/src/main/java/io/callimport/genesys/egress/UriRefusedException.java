package io.callimport.genesys.egress;

import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.failure.GenesysRequestException;

/**
 * A URI Genesys handed over (media, redirect, websocket) that the client refuses to open:
 * not https, a host outside the allowed ones, or an address inside a private network.
 * Permanent: the same URI will be refused again.
 */
public class UriRefusedException extends GenesysRequestException {

	private static final long serialVersionUID = 1L;

	public UriRefusedException(String message) {
		super(GenesysFailureKind.PERMANENT, message, 0, null, null, null, null);
	}

}
