package io.callimport.consumer.recording;

import org.jspecify.annotations.Nullable;

import io.callimport.consumer.failure.ImportFailureException;
import io.callimport.consumer.failure.ReasonCode;
import io.callimport.genesys.egress.UriRefusedException;
import io.callimport.genesys.media.MediaLimitException;

/**
 * A download the Genesys client refused (a URI outside the allowed hosts, a recording
 * over the size cap or its deadline) as a permanent import failure with its own reason:
 * trying again would only repeat it, so it is listed for the operator to replay.
 */
final class MediaRefusals {

	private static final int MAX_DEPTH = 16;

	private MediaRefusals() {
	}

	static @Nullable ImportFailureException of(Throwable error) {
		Throwable cause = error;
		for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
			if (cause instanceof UriRefusedException) {
				return new ImportFailureException(ReasonCode.MEDIA_URI_REFUSED, cause.getMessage(), error);
			}
			if (cause instanceof MediaLimitException limit) {
				ReasonCode code = switch (limit.breach()) {
					case TOO_LARGE -> ReasonCode.MEDIA_TOO_LARGE;
					case DEADLINE_EXCEEDED -> ReasonCode.MEDIA_DEADLINE_EXCEEDED;
				};
				return new ImportFailureException(code, limit.getMessage(), error);
			}
		}
		return null;
	}

}
