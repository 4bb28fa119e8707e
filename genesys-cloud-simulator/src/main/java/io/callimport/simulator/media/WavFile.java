package io.callimport.simulator.media;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A deterministic WAV file (RIFF, 16-bit PCM, 8 kHz, 1 or 2 channels) generated chunk by
 * chunk from a seed: a tone per channel under low noise. The same seed and size always
 * give the same bytes; nothing larger than one chunk is ever held in memory.
 */
public final class WavFile {

	static final int SAMPLE_RATE = 8000;

	private static final int HEADER = 44;

	private static final int CHUNK = 64 * 1024;

	private final long seed;

	private final int channels;

	private final long size;

	/**
	 * @param seed what the samples derive from
	 * @param channels 1 or 2
	 * @param size whole file size: 44 bytes of header plus whole sample frames
	 */
	public WavFile(long seed, int channels, long size) {
		if (channels < 1 || channels > 2 || size < HEADER + 2L * channels || size > 0xFFFFFFFFL
				|| (size - HEADER) % (2L * channels) != 0) {
			throw new IllegalArgumentException("Not a valid WAV size for " + channels + " channel(s): " + size);
		}
		this.seed = seed;
		this.channels = channels;
		this.size = size;
	}

	public long size() {
		return this.size;
	}

	/** Writes the whole file. */
	public void writeTo(OutputStream out) throws IOException {
		out.write(header());
		byte[] chunk = new byte[CHUNK];
		long dataBytes = this.size - HEADER;
		long frame = 0;
		long written = 0;
		while (written < dataBytes) {
			int length = (int) Math.min(CHUNK, dataBytes - written);
			frame = fill(chunk, length, frame);
			out.write(chunk, 0, length);
			written += length;
		}
	}

	private long fill(byte[] chunk, int length, long firstFrame) {
		long frame = firstFrame;
		for (int i = 0; i < length; i += 2 * this.channels) {
			for (int channel = 0; channel < this.channels; channel++) {
				int sample = sample(frame, channel);
				chunk[i + 2 * channel] = (byte) sample;
				chunk[i + 2 * channel + 1] = (byte) (sample >> 8);
			}
			frame++;
		}
		return frame;
	}

	private int sample(long frame, int channel) {
		int period = (channel == 0) ? 20 : 16;
		int phase = (int) ((frame + (this.seed & 0xFF)) % period);
		int tone = (phase < period / 2) ? 3000 : -3000;
		long mixed = mix(this.seed + frame * 2 + channel);
		return tone + (int) (mixed % 512);
	}

	/** SplitMix64's finaliser: a fast, well-spread hash of the position. */
	private static long mix(long value) {
		long z = value * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private byte[] header() {
		int blockAlign = 2 * this.channels;
		ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
		header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		header.putInt((int) (this.size - 8));
		header.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		header.putInt(16);
		header.putShort((short) 1);
		header.putShort((short) this.channels);
		header.putInt(SAMPLE_RATE);
		header.putInt(SAMPLE_RATE * blockAlign);
		header.putShort((short) blockAlign);
		header.putShort((short) 16);
		header.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		header.putInt((int) (this.size - HEADER));
		return header.array();
	}

}
