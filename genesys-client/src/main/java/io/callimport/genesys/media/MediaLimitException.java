package io.callimport.genesys.media;

import io.callimport.genesys.failure.GenesysFailureKind;
import io.callimport.genesys.failure.GenesysRequestException;
import org.jspecify.annotations.Nullable;

/**
 * A recording download that broke one of the media limits: larger than allowed or than
 * declared, or slower than its deadline allows. Permanent: the same recording would break
 * it again; an operator raises the limit and replays.
 */
public class MediaLimitException extends GenesysRequestException {

	private static final long serialVersionUID = 1L;

	private final Breach breach;

	MediaLimitException(Breach breach, String message, @Nullable Throwable cause) {
		super(GenesysFailureKind.PERMANENT, message, 0, null, null, null, cause);
		this.breach = breach;
	}

	public Breach breach() {
		return this.breach;
	}

	/** Which limit. */
	public enum Breach {

		/** Over {@code genesys.media.max-size}, or more bytes than declared. */
		TOO_LARGE,

		/** Not finished within its deadline. */
		DEADLINE_EXCEEDED

	}

}
