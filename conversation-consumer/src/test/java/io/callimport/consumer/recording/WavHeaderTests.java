package io.callimport.consumer.recording;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WavHeaderTests {

	@Test
	void readsMonoAndDualChannelHeaders() {
		assertThat(WavHeader.channels(wav(1, false))).isEqualTo(1);
		assertThat(WavHeader.channels(wav(2, false))).isEqualTo(2);
	}

	@Test
	void skipsChunksBeforeTheFormatChunk() {
		assertThat(WavHeader.channels(wav(2, true))).isEqualTo(2);
	}

	@Test
	void answersZeroForBytesThatAreNoWavHeader() {
		assertThat(WavHeader.channels("OggS and then some more bytes".getBytes(StandardCharsets.US_ASCII))).isZero();
		assertThat(WavHeader.channels(new byte[0])).isZero();
		byte[] truncated = new byte[20];
		System.arraycopy(wav(2, false), 0, truncated, 0, 20);
		assertThat(WavHeader.channels(truncated)).isZero();
	}

	@Test
	void declaresTheLengthItsDataChunkNeeds() {
		byte[] header = wav(2, false);
		assertThat(WavHeader.declaredLength(withDataLength(header, 1_000_000))).isEqualTo(header.length + 1_000_000L);
		assertThat(WavHeader.declaredLength(withDataLength(header, 0))).as("streamed: unknown").isEqualTo(-1);
		assertThat(WavHeader.declaredLength(withDataLength(header, -1))).as("streamed: unknown").isEqualTo(-1);
		assertThat(WavHeader.declaredLength("OggS".getBytes(StandardCharsets.US_ASCII))).isEqualTo(-1);
	}

	private static byte[] withDataLength(byte[] header, int length) {
		byte[] copy = header.clone();
		ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(copy.length - 4, length);
		return copy;
	}

	static byte[] wav(int channels, boolean withListChunk) {
		ByteBuffer buffer = ByteBuffer.allocate(80).order(ByteOrder.LITTLE_ENDIAN);
		buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII))
			.putInt(1000)
			.put("WAVE".getBytes(StandardCharsets.US_ASCII));
		if (withListChunk) {
			buffer.put("LIST".getBytes(StandardCharsets.US_ASCII))
				.putInt(4)
				.put("INFO".getBytes(StandardCharsets.US_ASCII));
		}
		buffer.put("fmt ".getBytes(StandardCharsets.US_ASCII))
			.putInt(16)
			.putShort((short) 1)
			.putShort((short) channels)
			.putInt(8000)
			.putInt(8000 * 2 * channels)
			.putShort((short) (2 * channels))
			.putShort((short) 16);
		buffer.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(0);
		byte[] bytes = new byte[buffer.position()];
		buffer.flip().get(bytes);
		return bytes;
	}

}
