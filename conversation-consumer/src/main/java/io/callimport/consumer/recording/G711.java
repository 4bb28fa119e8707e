package io.callimport.consumer.recording;

/**
 * ITU-T G.711 decoding: each 8-bit mu-law or A-law code to the 16-bit linear sample it
 * stands for. The tables are built from the standard's expansion rules.
 */
final class G711 {

	private static final short[] MU_LAW = new short[256];

	private static final short[] A_LAW = new short[256];

	static {
		for (int code = 0; code < 256; code++) {
			MU_LAW[code] = muLaw(code);
			A_LAW[code] = aLaw(code);
		}
	}

	private G711() {
	}

	/**
	 * The decoding table of a WAV format tag, indexed by code; shared, never to be
	 * changed.
	 * @throws IllegalArgumentException for a tag that is not G.711
	 */
	static short[] table(int formatTag) {
		return switch (formatTag) {
			case WavHeader.MU_LAW -> MU_LAW;
			case WavHeader.A_LAW -> A_LAW;
			default -> throw new IllegalArgumentException("Not a G.711 format tag: " + formatTag);
		};
	}

	static short decodeMuLaw(int code) {
		return MU_LAW[code & 0xFF];
	}

	static short decodeALaw(int code) {
		return A_LAW[code & 0xFF];
	}

	/**
	 * The bits are stored inverted; the magnitude is ((mantissa·2 + 33)·2^exponent) − 33,
	 * times 4.
	 */
	private static short muLaw(int code) {
		int inverted = ~code & 0xFF;
		int exponent = (inverted >> 4) & 0x07;
		int mantissa = inverted & 0x0F;
		int magnitude = (((mantissa << 3) + 0x84) << exponent) - 0x84;
		return (short) (((inverted & 0x80) != 0) ? -magnitude : magnitude);
	}

	/** Even bits are stored inverted (XOR 0x55); segment 0 is linear. */
	private static short aLaw(int code) {
		int value = (code & 0xFF) ^ 0x55;
		int exponent = (value >> 4) & 0x07;
		int mantissa = value & 0x0F;
		int magnitude = (exponent == 0) ? (mantissa << 4) + 8 : ((mantissa << 4) + 0x108) << (exponent - 1);
		return (short) (((value & 0x80) != 0) ? magnitude : -magnitude);
	}

}
