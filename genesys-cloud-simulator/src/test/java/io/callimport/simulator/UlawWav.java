package io.callimport.simulator;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads a μ-law WAV the way a consumer would, walking its RIFF chunks, and converts it to
 * 16-bit PCM WAV with the canonical 44-byte header, decoding every byte of the
 * {@code data} chunk with {@link G711Reference}.
 */
public final class UlawWav {

	private UlawWav() {
	}

	/** Converts one stream to the other; returns what the μ-law header said. */
	public static Format toPcm(InputStream in, OutputStream out) throws IOException {
		byte[] riff = in.readNBytes(12);
		if (riff.length < 12 || !ascii(riff, 0).equals("RIFF") || !ascii(riff, 8).equals("WAVE")) {
			throw new IOException("Not a RIFF WAVE file");
		}
		long riffSize = le(riff).getInt(4) & 0xFFFFFFFFL;
		Format format = null;
		Long frames = null;
		while (true) {
			byte[] chunkHeader = in.readNBytes(8);
			if (chunkHeader.length < 8) {
				throw new EOFException("No data chunk");
			}
			String id = ascii(chunkHeader, 0);
			long size = le(chunkHeader).getInt(4) & 0xFFFFFFFFL;
			if (id.equals("data")) {
				if (format == null) {
					throw new IOException("data before fmt");
				}
				Format complete = format.with(riffSize, frames, size);
				writePcm(in, out, complete);
				return complete;
			}
			byte[] body = in.readNBytes((int) (size + (size & 1)));
			if (id.equals("fmt ")) {
				ByteBuffer b = le(body);
				format = new Format(b.getShort(0), b.getShort(2), b.getInt(4), b.getInt(8), b.getShort(12),
						b.getShort(14), (int) size, (size >= 18) ? b.getShort(16) : -1, 0, null, 0);
			}
			else if (id.equals("fact")) {
				frames = le(body).getInt(0) & 0xFFFFFFFFL;
			}
		}
	}

	public static byte[] toPcm(byte[] ulaw) throws IOException {
		ByteArrayOutputStream pcm = new ByteArrayOutputStream();
		toPcm(new java.io.ByteArrayInputStream(ulaw), pcm);
		return pcm.toByteArray();
	}

	private static void writePcm(InputStream in, OutputStream out, Format format) throws IOException {
		if (format.tag() != 7 || format.bitsPerSample() != 8) {
			throw new IOException("Not μ-law: format " + format.tag() + ", " + format.bitsPerSample() + " bits");
		}
		long pcmData = 2 * format.dataSize();
		ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
		header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) (36 + pcmData));
		header.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1);
		header.putShort((short) format.channels()).putInt(format.sampleRate());
		header.putInt(format.sampleRate() * 2 * format.channels()).putShort((short) (2 * format.channels()));
		header.putShort((short) 16).put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) pcmData);
		out.write(header.array());
		byte[] codes = new byte[8192];
		byte[] pcm = new byte[2 * codes.length];
		long left = format.dataSize();
		while (left > 0) {
			int read = in.read(codes, 0, (int) Math.min(codes.length, left));
			if (read < 0) {
				throw new EOFException(left + " bytes of data missing");
			}
			for (int i = 0; i < read; i++) {
				int sample = G711Reference.decode(codes[i] & 0xFF);
				pcm[2 * i] = (byte) sample;
				pcm[2 * i + 1] = (byte) (sample >> 8);
			}
			out.write(pcm, 0, 2 * read);
			left -= read;
		}
	}

	private static ByteBuffer le(byte[] bytes) {
		return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
	}

	private static String ascii(byte[] bytes, int offset) {
		return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
	}

	/**
	 * The header of a μ-law WAV.
	 *
	 * @param tag format tag (7: μ-law)
	 * @param channels channels
	 * @param sampleRate samples per second
	 * @param byteRate bytes per second
	 * @param blockAlign bytes per frame
	 * @param bitsPerSample bits per sample
	 * @param fmtSize size of the fmt chunk (18 for non-PCM)
	 * @param cbSize extension size (-1 when absent)
	 * @param riffSize RIFF size
	 * @param factFrames frames in the fact chunk ({@code null} without one)
	 * @param dataSize size of the data chunk
	 */
	public record Format(int tag, int channels, int sampleRate, int byteRate, int blockAlign, int bitsPerSample,
			int fmtSize, int cbSize, long riffSize, Long factFrames, long dataSize) {

		Format with(long riffSize, Long factFrames, long dataSize) {
			return new Format(this.tag, this.channels, this.sampleRate, this.byteRate, this.blockAlign,
					this.bitsPerSample, this.fmtSize, this.cbSize, riffSize, factFrames, dataSize);
		}

	}

}
