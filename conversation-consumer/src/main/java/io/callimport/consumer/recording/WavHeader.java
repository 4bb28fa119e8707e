package io.callimport.consumer.recording;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads the channel count from the first bytes of a RIFF/WAVE file: 1 (mono) or 2 (one
 * party per channel).
 */
final class WavHeader {

	private static final int UNKNOWN = 0;

	private WavHeader() {
	}

	/**
	 * The channels of the {@code fmt } chunk, or 0 when the bytes are not a WAV header.
	 */
	static int channels(byte[] head) {
		if (head.length < 12 || !ascii(head, 0, "RIFF") || !ascii(head, 8, "WAVE")) {
			return UNKNOWN;
		}
		ByteBuffer buffer = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
		int position = 12;
		while (position + 8 <= head.length) {
			long size = Integer.toUnsignedLong(buffer.getInt(position + 4));
			if (ascii(head, position, "fmt ")) {
				return (position + 12 <= head.length) ? Short.toUnsignedInt(buffer.getShort(position + 10)) : UNKNOWN;
			}
			long next = position + 8 + size + (size & 1);
			if (next > head.length) {
				return UNKNOWN;
			}
			position = (int) next;
		}
		return UNKNOWN;
	}

	private static boolean ascii(byte[] bytes, int offset, String expected) {
		byte[] wanted = expected.getBytes(StandardCharsets.US_ASCII);
		if (offset + wanted.length > bytes.length) {
			return false;
		}
		for (int i = 0; i < wanted.length; i++) {
			if (bytes[offset + i] != wanted[i]) {
				return false;
			}
		}
		return true;
	}

}
