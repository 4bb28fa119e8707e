package io.callimport.consumer.recording;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A G.711 (mu-law or A-law) WAV file turned into 16-bit PCM WAV while it streams: a
 * canonical 44-byte header, then every 8-bit code expanded to a little-endian sample.
 * Chunks after the samples are read and dropped, so the source is consumed to its end
 * (its length can still be checked). Nothing but a small buffer is held.
 */
final class G711ToPcmStream extends InputStream {

	private static final int HEADER = 44;

	private static final int CHUNK = 16 * 1024;

	private final InputStream source;

	private final short[] table;

	private final byte[] header;

	private final long dataLength;

	private final byte[] codes = new byte[CHUNK];

	private final byte[] samples = new byte[2 * CHUNK];

	private int headerPosition;

	private long codesRead;

	private int samplePosition;

	private int sampleLimit;

	/**
	 * @param source the file, positioned at its first sample
	 * @param layout the file's layout ({@link WavHeader#layout(byte[])}); its tag is
	 * {@link WavHeader#MU_LAW} or {@link WavHeader#A_LAW}
	 */
	G711ToPcmStream(InputStream source, WavHeader.Layout layout) {
		this.source = source;
		this.table = G711.table(layout.format().tag());
		this.dataLength = layout.dataLength();
		this.header = pcmHeader(layout.format(), layout.dataLength());
	}

	/** Length of the PCM file a G.711 file of {@code dataLength} samples becomes. */
	static long convertedLength(long dataLength) {
		return HEADER + 2 * dataLength;
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int read = read(one, 0, 1);
		return (read < 0) ? -1 : (one[0] & 0xFF);
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (this.headerPosition < HEADER) {
			int take = Math.min(length, HEADER - this.headerPosition);
			System.arraycopy(this.header, this.headerPosition, buffer, offset, take);
			this.headerPosition += take;
			return take;
		}
		if (this.samplePosition == this.sampleLimit && !fill()) {
			return -1;
		}
		int take = Math.min(length, this.sampleLimit - this.samplePosition);
		System.arraycopy(this.samples, this.samplePosition, buffer, offset, take);
		this.samplePosition += take;
		return take;
	}

	private boolean fill() throws IOException {
		long left = this.dataLength - this.codesRead;
		if (left <= 0) {
			this.source.transferTo(OutputStream.nullOutputStream());
			return false;
		}
		int read = this.source.read(this.codes, 0, (int) Math.min(CHUNK, left));
		if (read < 0) {
			throw new IOException("The recording ended after " + this.codesRead + " of its " + this.dataLength
					+ " announced samples");
		}
		for (int i = 0; i < read; i++) {
			short sample = this.table[this.codes[i] & 0xFF];
			this.samples[2 * i] = (byte) sample;
			this.samples[2 * i + 1] = (byte) (sample >> 8);
		}
		this.codesRead += read;
		this.samplePosition = 0;
		this.sampleLimit = 2 * read;
		return true;
	}

	@Override
	public void close() throws IOException {
		this.source.close();
	}

	private static byte[] pcmHeader(WavHeader.Format format, long dataLength) {
		long pcmData = 2 * dataLength;
		int blockAlign = 2 * format.channels();
		ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
		header.put("RIFF".getBytes(StandardCharsets.US_ASCII));
		header.putInt((int) (pcmData + HEADER - 8));
		header.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII));
		header.putInt(16);
		header.putShort((short) WavHeader.PCM);
		header.putShort((short) format.channels());
		header.putInt(format.sampleRate());
		header.putInt(format.sampleRate() * blockAlign);
		header.putShort((short) blockAlign);
		header.putShort((short) 16);
		header.put("data".getBytes(StandardCharsets.US_ASCII));
		header.putInt((int) pcmData);
		return header.array();
	}

}
