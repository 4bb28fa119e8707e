package io.callimport.consumer.recording;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * Passes a recording through on its way to the object store, computing its SHA-256 and
 * length and keeping its first bytes (the file header) for a look at the format. A read
 * failure of the source is marked as a {@link MediaReadException}, so it is not taken for
 * an object store failure.
 */
final class MeasuringInputStream extends FilterInputStream {

	private static final int HEAD_BYTES = 128;

	private final @Nullable MessageDigest digest;

	private final byte[] head = new byte[HEAD_BYTES];

	private long count;

	MeasuringInputStream(InputStream source) {
		this(source, true);
	}

	private MeasuringInputStream(InputStream source, boolean digest) {
		super(source);
		try {
			this.digest = digest ? MessageDigest.getInstance("SHA-256") : null;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** Counts and keeps the head, without the cost of a digest. */
	static MeasuringInputStream countingOnly(InputStream source) {
		return new MeasuringInputStream(source, false);
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int read = read(one, 0, 1);
		return (read < 0) ? -1 : (one[0] & 0xFF);
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int read;
		try {
			read = super.read(buffer, offset, length);
		}
		catch (IOException ex) {
			throw new MediaReadException("Reading the recording from Genesys failed after " + this.count + " bytes",
					ex);
		}
		if (read > 0) {
			keepHead(buffer, offset, read);
			if (this.digest != null) {
				this.digest.update(buffer, offset, read);
			}
			this.count += read;
		}
		return read;
	}

	@Override
	public long skip(long n) {
		return 0; // every byte must pass through the digest
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private void keepHead(byte[] buffer, int offset, int read) {
		if (this.count < HEAD_BYTES) {
			int take = (int) Math.min(read, HEAD_BYTES - this.count);
			System.arraycopy(buffer, offset, this.head, (int) this.count, take);
		}
	}

	long count() {
		return this.count;
	}

	/** Lowercase hex SHA-256 of everything read; call once, at the end. */
	String sha256Hex() {
		if (this.digest == null) {
			throw new IllegalStateException("This stream only counts");
		}
		return HexFormat.of().formatHex(this.digest.digest());
	}

	byte[] head() {
		return Arrays.copyOf(this.head, (int) Math.min(this.count, HEAD_BYTES));
	}

}
