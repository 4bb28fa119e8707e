package io.callimport.simulator;

/**
 * G.711 μ-law decoding as ITU-T G.711 defines it (14-bit magnitudes
 * {@code (2 × mantissa + 33) × 2^exponent − 33}), scaled to 16 bits the way converters
 * do: written from the standard independently of the simulator's own codec, so tests can
 * check one against the other.
 */
public final class G711Reference {

	private G711Reference() {
	}

	public static int decode(int code) {
		int complemented = ~code & 0xFF;
		int exponent = (complemented >> 4) & 0x07;
		int mantissa = complemented & 0x0F;
		int magnitude14 = ((2 * mantissa + 33) << exponent) - 33;
		int magnitude16 = magnitude14 * 4;
		return ((complemented & 0x80) != 0) ? -magnitude16 : magnitude16;
	}

}
