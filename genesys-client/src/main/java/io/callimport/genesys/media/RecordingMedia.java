package io.callimport.genesys.media;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/**
 * An open recording download: stream {@link #body()} straight to storage, then close.
 */
public final class RecordingMedia implements Closeable {

	private final LimitedMediaStream body;

	private final long contentLength;

	private final @Nullable String contentType;

	RecordingMedia(LimitedMediaStream body, long contentLength, @Nullable String contentType) {
		this.body = body;
		this.contentLength = contentLength;
		this.contentType = contentType;
	}

	/** The media bytes as they arrive; never buffered whole. */
	public InputStream body() {
		return this.body;
	}

	/** The length Genesys announced, or -1 when unknown. */
	public long contentLength() {
		return this.contentLength;
	}

	/** The announced media type, e.g. {@code audio/wav}, if any. */
	public @Nullable String contentType() {
		return this.contentType;
	}

	/** The bytes that arrived so far, as delivered (before any conversion). */
	public long bytesRead() {
		return this.body.count();
	}

	@Override
	public void close() throws IOException {
		this.body.close();
	}

}
