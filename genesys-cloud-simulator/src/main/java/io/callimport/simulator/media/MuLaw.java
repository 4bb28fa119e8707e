package io.callimport.simulator.media;

/**
 * G.711 μ-law, the codec of a Genesys trunk recording (WAV format tag 7). Decoding is the
 * standard one every converter uses (sox, ffmpeg): the 14-bit G.711 value scaled to 16
 * bits, so codes map to ±32124 at most and both 0xFF and 0x7F to 0.
 */
public final class MuLaw {

	private static final int BIAS = 0x84;

	private static final int CLIP = 32635;

	private static final short[] DECODED = new short[256];

	// Generating audio encodes every sample: a 64 KB table makes that one load.
	private static final byte[] ENCODED = new byte[65536];

	static {
		for (int code = 0; code < 256; code++) {
			DECODED[code] = decoded(code);
		}
		for (int sample = -32768; sample < 32768; sample++) {
			ENCODED[sample + 32768] = encoded(sample);
		}
	}

	private MuLaw() {
	}

	/** The 16-bit linear sample of a μ-law code. */
	public static short decode(byte code) {
		return DECODED[code & 0xFF];
	}

	/**
	 * The μ-law code nearest to a 16-bit linear sample (magnitudes beyond the μ-law range
	 * clip to its largest code).
	 */
	public static byte encode(int sample) {
		return ENCODED[Math.max(-32768, Math.min(32767, sample)) + 32768];
	}

	private static byte encoded(int sample) {
		int sign = (sample < 0) ? 0x80 : 0;
		int magnitude = Math.min(Math.abs(sample), CLIP) + BIAS;
		// The biased magnitude lies in [132, 32767]: its top bit (7 to 14) is the
		// segment.
		int exponent = 31 - Integer.numberOfLeadingZeros(magnitude) - 7;
		int mantissa = (magnitude >> (exponent + 3)) & 0x0F;
		// Codes are sent inverted (G.711), so silence is 0xFF.
		return (byte) ~(sign | (exponent << 4) | mantissa);
	}

	private static short decoded(int code) {
		int inverted = ~code & 0xFF;
		int exponent = (inverted >> 4) & 0x07;
		int mantissa = inverted & 0x0F;
		int magnitude = ((mantissa << 3) + BIAS) << exponent;
		return (short) (((inverted & 0x80) != 0) ? BIAS - magnitude : magnitude - BIAS);
	}

}
