package io.callimport.consumer.recording;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Passes a recording through on its way to the object store, computing the SHA-256 and
 * length of what is stored (after any conversion; the bytes as delivered are counted by
 * genesys-client's {@code RecordingMedia}) and keeping its first bytes (the file header)
 * for a look at the format. A read failure of the source is marked as a
 * {@link MediaReadException}, so it is not taken for an object store failure.
 */
final class MeasuringInputStream extends FilterInputStream {

	private static final int HEAD_BYTES = 128;

	private final MessageDigest digest;

	private final byte[] head = new byte[HEAD_BYTES];

	private long count;

	MeasuringInputStream(InputStream source) {
		super(source);
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
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
			this.digest.update(buffer, offset, read);
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
		return HexFormat.of().formatHex(this.digest.digest());
	}

	byte[] head() {
		return Arrays.copyOf(this.head, (int) Math.min(this.count, HEAD_BYTES));
	}

}
