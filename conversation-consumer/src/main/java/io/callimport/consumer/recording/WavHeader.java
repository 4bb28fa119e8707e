package io.callimport.consumer.recording;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Reads the layout of a RIFF/WAVE file from its first bytes: the {@code fmt } chunk and
 * where the {@code data} chunk starts. Other chunks ({@code fact}, {@code LIST}) are
 * skipped.
 */
final class WavHeader {

	/** Format tags of the {@code fmt } chunk. */
	static final int PCM = 1;

	static final int A_LAW = 6;

	static final int MU_LAW = 7;

	private static final int UNKNOWN = 0;

	private WavHeader() {
	}

	/**
	 * The channels of the {@code fmt } chunk, or 0 when the bytes are not a WAV header.
	 */
	static int channels(byte[] head) {
		return format(head).map(Format::channels).orElse(UNKNOWN);
	}

	/** The {@code fmt } chunk, when {@code head} starts a WAV file and holds it. */
	static Optional<Format> format(byte[] head) {
		return scan(head, false).map(Layout::format);
	}

	/**
	 * The whole layout up to the first sample, when {@code head} holds it.
	 */
	static Optional<Layout> layout(byte[] head) {
		return scan(head, true);
	}

	/**
	 * The least length the file must have for its {@code data} chunk to be whole, or -1
	 * when the header does not say (not a WAV, or a streamed one whose sizes are
	 * placeholders: 0 or {@code 0xFFFFFFFF}).
	 */
	static long declaredLength(byte[] head) {
		return layout(head).filter((layout) -> layout.dataLength() > 0 && layout.dataLength() < 0xFFFFFFFFL)
			.map((layout) -> layout.dataOffset() + layout.dataLength())
			.orElse(-1L);
	}

	private static Optional<Layout> scan(byte[] head, boolean untilData) {
		if (head.length < 12 || !ascii(head, 0, "RIFF") || !ascii(head, 8, "WAVE")) {
			return Optional.empty();
		}
		ByteBuffer buffer = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
		Format format = null;
		int position = 12;
		while (position + 8 <= head.length) {
			long size = Integer.toUnsignedLong(buffer.getInt(position + 4));
			if (ascii(head, position, "fmt ")) {
				if (size < 16 || position + 24 > head.length) {
					return Optional.empty();
				}
				format = new Format(Short.toUnsignedInt(buffer.getShort(position + 8)),
						Short.toUnsignedInt(buffer.getShort(position + 10)), buffer.getInt(position + 12),
						Short.toUnsignedInt(buffer.getShort(position + 22)));
				if (!untilData) {
					return Optional.of(new Layout(format, -1, -1));
				}
			}
			else if (ascii(head, position, "data")) {
				return (format != null) ? Optional.of(new Layout(format, position + 8, size)) : Optional.empty();
			}
			long next = position + 8 + size + (size & 1);
			if (next > head.length) {
				return Optional.empty();
			}
			position = (int) next;
		}
		return Optional.empty();
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

	/**
	 * The {@code fmt } chunk.
	 *
	 * @param tag {@link #PCM}, {@link #A_LAW}, {@link #MU_LAW} or another codec
	 * @param channels 1 or 2 in practice
	 * @param sampleRate samples per second and channel
	 * @param bitsPerSample 16 for PCM, 8 for G.711
	 */
	record Format(int tag, int channels, int sampleRate, int bitsPerSample) {
	}

	/**
	 * Where the samples are.
	 *
	 * @param format the {@code fmt } chunk
	 * @param dataOffset the offset of the first sample
	 * @param dataLength the length of the {@code data} chunk
	 */
	record Layout(Format format, int dataOffset, long dataLength) {

		/**
		 * The length of the audio in a file of {@code fileBytes}, or null when the format
		 * does not say how many bytes a second takes.
		 */
		@Nullable Long durationMs(long fileBytes) {
			long bytesPerSecond = (long) this.format.sampleRate() * this.format.channels()
					* Math.max(1, this.format.bitsPerSample() / 8);
			if (bytesPerSecond <= 0 || fileBytes < this.dataOffset) {
				return null;
			}
			return (fileBytes - this.dataOffset) * 1000 / bytesPerSecond;
		}

	}

}
