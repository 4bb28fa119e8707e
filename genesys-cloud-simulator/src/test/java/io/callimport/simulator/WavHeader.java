package io.callimport.simulator;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The fields of a canonical 44-byte WAV header, parsed the way a consumer would.
 */
public record WavHeader(String riff, long riffSize, String wave, int format, int channels, int sampleRate, int byteRate,
		int blockAlign, int bitsPerSample, String data, long dataSize) {

	public static WavHeader parse(byte[] header) {
		ByteBuffer b = ByteBuffer.wrap(header, 0, 44).order(ByteOrder.LITTLE_ENDIAN);
		String riff = ascii(header, 0);
		long riffSize = Integer.toUnsignedLong(b.getInt(4));
		String wave = ascii(header, 8);
		int format = b.getShort(20);
		int channels = b.getShort(22);
		int sampleRate = b.getInt(24);
		int byteRate = b.getInt(28);
		int blockAlign = b.getShort(32);
		int bits = b.getShort(34);
		String data = ascii(header, 36);
		long dataSize = Integer.toUnsignedLong(b.getInt(40));
		return new WavHeader(riff, riffSize, wave, format, channels, sampleRate, byteRate, blockAlign, bits, data,
				dataSize);
	}

	private static String ascii(byte[] bytes, int offset) {
		return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
	}

}
