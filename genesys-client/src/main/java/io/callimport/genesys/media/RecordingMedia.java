package io.callimport.genesys.media;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/**
 * An open recording download: stream {@link #body()} straight to storage, then close.
 *
 * @param body the media bytes as they arrive; never buffered whole
 * @param contentLength the length Genesys announced, or -1 when unknown
 * @param contentType the announced media type, e.g. {@code audio/wav}, if any
 */
public record RecordingMedia(InputStream body, long contentLength, @Nullable String contentType) implements Closeable {

	@Override
	public void close() throws IOException {
		this.body.close();
	}

}
