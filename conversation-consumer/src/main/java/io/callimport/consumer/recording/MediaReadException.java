package io.callimport.consumer.recording;

import java.io.IOException;

/**
 * Reading a recording's media from Genesys failed mid-stream.
 */
class MediaReadException extends IOException {

	private static final long serialVersionUID = 1L;

	MediaReadException(String message, IOException cause) {
		super(message, cause);
	}

}
