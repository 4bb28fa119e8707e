package io.callimport.simulator.media;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A recording in its trunk codec: G.711 μ-law WAV (format tag 7, 8 bits, 8 kHz, 1 or 2
 * channels). A non-PCM WAV carries an 18-byte {@code fmt } chunk ({@code cbSize} 0) and a
 * {@code fact} chunk with the sample frames, so the header is 58 bytes. An odd-sized
 * {@code data} chunk is followed by the pad byte RIFF requires (not counted in the chunk
 * size): a reader must take {@code data}'s size, not the rest of the file.
 */
public final class UlawWavFile implements RecordingFile {

	static final int HEADER = 58;

	private static final short FORMAT_MULAW = 7;

	private final ToneSource source;

	private final long frames;

	UlawWavFile(ToneSource source, long frames) {
		this.source = source;
		this.frames = frames;
	}

	@Override
	public long size() {
		return HEADER + dataSize() + (dataSize() & 1);
	}

	private long dataSize() {
		return this.frames * this.source.channels();
	}

	@Override
	public void writeTo(OutputStream out) throws IOException {
		out.write(header());
		this.source.stream(this.frames, (codes, length) -> out.write(codes, 0, length));
		if ((dataSize() & 1) != 0) {
			out.write(0);
		}
	}

	private byte[] header() {
		int channels = this.source.channels();
		ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
		header.put("RIFF".getBytes(StandardCharsets.US_ASCII));
		header.putInt((int) (size() - 8));
		header.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII));
		header.putInt(18);
		header.putShort(FORMAT_MULAW);
		header.putShort((short) channels);
		header.putInt(WavFile.SAMPLE_RATE);
		header.putInt(WavFile.SAMPLE_RATE * channels);
		header.putShort((short) channels);
		header.putShort((short) 8);
		header.putShort((short) 0);
		header.put("fact".getBytes(StandardCharsets.US_ASCII));
		header.putInt(4);
		header.putInt((int) this.frames);
		header.put("data".getBytes(StandardCharsets.US_ASCII));
		header.putInt((int) dataSize());
		return header.array();
	}

}
