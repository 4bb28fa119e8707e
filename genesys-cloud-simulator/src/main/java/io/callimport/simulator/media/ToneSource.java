package io.callimport.simulator.media;

import java.io.IOException;

/**
 * The audio of a simulated recording, μ-law at the source as a trunk records it: a tone
 * per channel under low noise, each sample derived from the seed, its frame and channel
 * alone. Any stretch of it can be generated without the rest, so files of any size stream
 * in constant memory, and the same seed always gives the same samples.
 */
final class ToneSource {

	/** Frames generated at a time: at most 32 KB of μ-law, 64 KB of PCM. */
	static final int FRAMES_PER_CHUNK = 16 * 1024;

	private final long seed;

	private final int channels;

	ToneSource(long seed, int channels) {
		this.seed = seed;
		this.channels = channels;
	}

	int channels() {
		return this.channels;
	}

	/**
	 * Generates the first {@code frames} frames chunk by chunk, reusing one buffer.
	 */
	void stream(long frames, ChunkWriter writer) throws IOException {
		byte[] codes = new byte[FRAMES_PER_CHUNK * this.channels];
		for (long frame = 0; frame < frames; frame += FRAMES_PER_CHUNK) {
			int count = (int) Math.min(FRAMES_PER_CHUNK, frames - frame);
			fill(codes, frame, count);
			writer.write(codes, count * this.channels);
		}
	}

	/**
	 * Writes {@code frames} frames from {@code firstFrame} on as interleaved μ-law codes
	 * (one byte per channel) to the start of {@code codes}.
	 */
	void fill(byte[] codes, long firstFrame, int frames) {
		for (int channel = 0; channel < this.channels; channel++) {
			// A square wave of 400 Hz (left) or 500 Hz (right) at 8 kHz; the phase runs
			// on
			// from the chunk's first frame, so no division is done per sample.
			int period = (channel == 0) ? 20 : 16;
			int phase = (int) ((firstFrame + (this.seed & 0xFF)) % period);
			long position = this.seed + firstFrame * 2 + channel;
			for (int i = channel; i < frames * this.channels; i += this.channels) {
				int tone = (phase < period / 2) ? 3000 : -3000;
				// The top bits of a hash of the position: noise in [-512, 511].
				int noise = (int) (mix(position) >> 54);
				codes[i] = MuLaw.encode(tone + noise);
				phase = (phase + 1 == period) ? 0 : phase + 1;
				position += 2;
			}
		}
	}

	/** SplitMix64's finaliser: a fast, well-spread hash of the position. */
	private static long mix(long value) {
		long z = value * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** Takes each chunk of interleaved μ-law codes; the buffer is reused afterwards. */
	@FunctionalInterface
	interface ChunkWriter {

		void write(byte[] codes, int length) throws IOException;

	}

}
