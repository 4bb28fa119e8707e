package io.callimport.genesys.media;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import io.callimport.genesys.media.MediaLimitException.Breach;
import io.callimport.genesys.metrics.ClientMetrics;

/**
 * The media body as the caller reads it: ends with a {@link MediaLimitException} when
 * more bytes arrive than allowed, or when a read fails because the deadline canceled the
 * download; counts what arrived (recorded in the client's metrics once, on close) and
 * stops the deadline on close.
 */
final class LimitedMediaStream extends FilterInputStream {

	private final long limit;

	private final String limitReason;

	private final DownloadDeadline deadline;

	private final String where;

	private final ClientMetrics metrics;

	private long count;

	private boolean closed;

	LimitedMediaStream(InputStream in, long limit, String limitReason, DownloadDeadline deadline, String where,
			ClientMetrics metrics) {
		super(in);
		this.metrics = metrics;
		this.limit = limit;
		this.limitReason = limitReason;
		this.deadline = deadline;
		this.where = where;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int read = read(one, 0, 1);
		return (read <= 0) ? -1 : (one[0] & 0xff);
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read;
		try {
			read = super.read(buffer, offset, length);
		}
		catch (IOException ex) {
			if (this.deadline.expired()) {
				throw new MediaLimitException(Breach.DEADLINE_EXCEEDED,
						"Recording media download from " + this.where + " did not finish within its deadline of "
								+ this.deadline.budget().toSeconds() + " s (" + this.count + " bytes arrived)",
						ex);
			}
			throw ex;
		}
		if (read > 0) {
			this.count += read;
			if (this.count > this.limit) {
				throw new MediaLimitException(Breach.TOO_LARGE, "Recording media download from " + this.where
						+ " sent more than " + this.limit + " bytes (" + this.limitReason + ")", null);
			}
		}
		return read;
	}

	@Override
	public long skip(long count) throws IOException {
		byte[] scratch = new byte[(int) Math.min(8192, Math.max(0, count))];
		long skipped = 0;
		while (skipped < count) {
			int read = read(scratch, 0, (int) Math.min(scratch.length, count - skipped));
			if (read < 0) {
				break;
			}
			skipped += read;
		}
		return skipped;
	}

	/** The bytes that arrived so far. */
	long count() {
		return this.count;
	}

	@Override
	public void close() throws IOException {
		this.deadline.close();
		if (!this.closed) {
			this.closed = true;
			this.metrics.mediaBytes(this.count);
		}
		super.close();
	}

}
