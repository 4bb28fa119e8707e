package io.callimport.genesys.media;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/**
 * A recording-sized body generated while it is sent, so neither side of a test holds it
 * in memory; {@link #sha256()} says what a faithful download hashes to.
 */
final class GeneratedMedia implements MockResponseBody {

	private static final int CHUNK = 64 * 1024;

	private static final byte[] PATTERN = new byte[CHUNK];

	static {
		new Random(42).nextBytes(PATTERN);
	}

	private final long length;

	GeneratedMedia(long length) {
		this.length = length;
	}

	@Override
	public long getContentLength() {
		return this.length;
	}

	@Override
	public void writeTo(BufferedSink sink) throws IOException {
		byte[] chunk = new byte[CHUNK];
		for (long sent = 0; sent < this.length; sent += CHUNK) {
			fill(chunk, sent);
			sink.write(chunk, 0, (int) Math.min(CHUNK, this.length - sent));
		}
		sink.flush();
	}

	String sha256() throws NoSuchAlgorithmException {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		byte[] chunk = new byte[CHUNK];
		for (long sent = 0; sent < this.length; sent += CHUNK) {
			fill(chunk, sent);
			digest.update(chunk, 0, (int) Math.min(CHUNK, this.length - sent));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * A fixed pseudo-random chunk, numbered by its position so that no two chunks are
	 * equal.
	 */
	private static void fill(byte[] chunk, long offset) {
		System.arraycopy(PATTERN, 0, chunk, 0, CHUNK);
		for (int i = 0; i < Long.BYTES; i++) {
			chunk[i] = (byte) (offset >>> (8 * i));
		}
	}

}
