package io.callimport.simulator.media;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A recording as 16-bit PCM WAV (RIFF, 8 kHz, 1 or 2 channels, the canonical 44-byte
 * header): every sample is the G.711 decoding of the μ-law sample the recording was made
 * of, so converting its {@link #ulaw() μ-law file} to PCM gives exactly these bytes.
 * Nothing larger than one chunk is ever held in memory.
 */
public final class WavFile implements RecordingFile {

	static final int SAMPLE_RATE = 8000;

	static final int HEADER = 44;

	private final ToneSource source;

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
		this.source = new ToneSource(seed, channels);
		this.size = size;
	}

	@Override
	public long size() {
		return this.size;
	}

	/** Sample frames (one sample per channel each). */
	public long frames() {
		return (this.size - HEADER) / (2L * this.source.channels());
	}

	/** The same recording in the trunk codec it was made in. */
	public UlawWavFile ulaw() {
		return new UlawWavFile(this.source, frames());
	}

	@Override
	public void writeTo(OutputStream out) throws IOException {
		out.write(header());
		byte[] pcm = new byte[2 * ToneSource.FRAMES_PER_CHUNK * this.source.channels()];
		this.source.stream(frames(), (codes, length) -> {
			for (int i = 0; i < length; i++) {
				short sample = MuLaw.decode(codes[i]);
				pcm[2 * i] = (byte) sample;
				pcm[2 * i + 1] = (byte) (sample >> 8);
			}
			out.write(pcm, 0, 2 * length);
		});
	}

	private byte[] header() {
		int channels = this.source.channels();
		int blockAlign = 2 * channels;
		ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
		header.put("RIFF".getBytes(StandardCharsets.US_ASCII));
		header.putInt((int) (this.size - 8));
		header.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII));
		header.putInt(16);
		header.putShort((short) 1);
		header.putShort((short) channels);
		header.putInt(SAMPLE_RATE);
		header.putInt(SAMPLE_RATE * blockAlign);
		header.putShort((short) blockAlign);
		header.putShort((short) 16);
		header.put("data".getBytes(StandardCharsets.US_ASCII));
		header.putInt((int) (this.size - HEADER));
		return header.array();
	}

}
