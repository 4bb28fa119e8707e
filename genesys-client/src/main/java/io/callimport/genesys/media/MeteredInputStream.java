package io.callimport.genesys.media;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import io.callimport.genesys.metrics.ClientMetrics;

/**
 * Counts the bytes a caller reads and records them once, on close.
 */
final class MeteredInputStream extends FilterInputStream {

	private final ClientMetrics metrics;

	private long bytes;

	private boolean closed;

	MeteredInputStream(InputStream in, ClientMetrics metrics) {
		super(in);
		this.metrics = metrics;
	}

	@Override
	public int read() throws IOException {
		int value = super.read();
		if (value >= 0) {
			this.bytes++;
		}
		return value;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int count = super.read(buffer, offset, length);
		if (count > 0) {
			this.bytes += count;
		}
		return count;
	}

	@Override
	public long skip(long count) throws IOException {
		long skipped = super.skip(count);
		this.bytes += skipped;
		return skipped;
	}

	@Override
	public void close() throws IOException {
		if (!this.closed) {
			this.closed = true;
			this.metrics.mediaBytes(this.bytes);
		}
		super.close();
	}

}
