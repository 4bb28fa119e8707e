package io.callimport.consumer.recording;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class G711ToPcmStreamTests {

	@Test
	void aMuLawFileBecomesTheCanonicalPcmFileOfTheDecodedSamples() throws IOException {
		byte[] codes = { (byte) 0xFF, 0x00, (byte) 0x80, 0x7E, (byte) 0xEF, 0x12 };
		byte[] file = g711(WavHeader.MU_LAW, 2, codes, "trailing");

		byte[] pcm = convert(file);

		assertThat(pcm).hasSize((int) G711ToPcmStream.convertedLength(codes.length));
		ByteBuffer out = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
		assertThat(ascii(pcm, 0, 4)).isEqualTo("RIFF");
		assertThat(out.getInt(4)).isEqualTo(pcm.length - 8);
		assertThat(ascii(pcm, 8, 8)).isEqualTo("WAVEfmt ");
		assertThat(out.getInt(16)).isEqualTo(16);
		assertThat(out.getShort(20)).isEqualTo((short) 1);
		assertThat(out.getShort(22)).isEqualTo((short) 2);
		assertThat(out.getInt(24)).isEqualTo(8000);
		assertThat(out.getInt(28)).isEqualTo(8000 * 2 * 2);
		assertThat(out.getShort(32)).isEqualTo((short) 4);
		assertThat(out.getShort(34)).isEqualTo((short) 16);
		assertThat(ascii(pcm, 36, 4)).isEqualTo("data");
		assertThat(out.getInt(40)).isEqualTo(2 * codes.length);
		for (int i = 0; i < codes.length; i++) {
			assertThat(out.getShort(44 + 2 * i)).isEqualTo(G711.decodeMuLaw(codes[i]));
		}
	}

	@Test
	void anALawFileIsDecodedWithTheALawTable() throws IOException {
		byte[] codes = { (byte) 0xD5, 0x55, (byte) 0xAA };

		ByteBuffer out = ByteBuffer.wrap(convert(g711(WavHeader.A_LAW, 1, codes, null))).order(ByteOrder.LITTLE_ENDIAN);

		assertThat(out.getShort(44)).isEqualTo((short) 8);
		assertThat(out.getShort(46)).isEqualTo((short) -8);
		assertThat(out.getShort(48)).isEqualTo((short) 32256);
	}

	@Test
	void theWholeSourceIsReadSoItsLengthCanBeChecked() throws IOException {
		byte[] file = g711(WavHeader.MU_LAW, 1, new byte[100_000], "after the samples");
		ByteArrayInputStream source = new ByteArrayInputStream(file);
		WavHeader.Layout layout = WavHeader.layout(Arrays.copyOf(file, 4096)).orElseThrow();
		source.readNBytes(layout.dataOffset());

		G711ToPcmStream pcm = new G711ToPcmStream(source, layout);
		assertThat(pcm.readAllBytes()).hasSize(44 + 200_000);
		assertThat(source.available()).isZero();
	}

	@Test
	void aSourceThatEndsBeforeItsSamplesFails() {
		byte[] file = g711(WavHeader.MU_LAW, 1, new byte[1000], null);
		byte[] truncated = Arrays.copyOf(file, file.length - 10);

		assertThatThrownBy(() -> convert(truncated)).isInstanceOf(IOException.class)
			.hasMessageContaining("990 of its 1000");
	}

	private static byte[] convert(byte[] file) throws IOException {
		WavHeader.Layout layout = WavHeader.layout(Arrays.copyOf(file, Math.min(file.length, 4096))).orElseThrow();
		InputStream source = new ByteArrayInputStream(file);
		source.readNBytes(layout.dataOffset());
		try (G711ToPcmStream pcm = new G711ToPcmStream(source, layout)) {
			return pcm.readAllBytes();
		}
	}

	/** A G.711 WAV as a trunk recording comes: fmt (18 bytes), fact, data, maybe more. */
	static byte[] g711(int tag, int channels, byte[] codes, String trailingChunk) {
		byte[] trailing = (trailingChunk != null) ? trailingChunk.getBytes(StandardCharsets.US_ASCII) : new byte[0];
		ByteBuffer buffer = ByteBuffer.allocate(70 + codes.length + trailing.length + 8).order(ByteOrder.LITTLE_ENDIAN);
		buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII))
			.putInt(0)
			.put("WAVE".getBytes(StandardCharsets.US_ASCII));
		buffer.put("fmt ".getBytes(StandardCharsets.US_ASCII))
			.putInt(18)
			.putShort((short) tag)
			.putShort((short) channels)
			.putInt(8000)
			.putInt(8000 * channels)
			.putShort((short) channels)
			.putShort((short) 8)
			.putShort((short) 0);
		buffer.put("fact".getBytes(StandardCharsets.US_ASCII)).putInt(4).putInt(codes.length / channels);
		buffer.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(codes.length).put(codes);
		if (codes.length % 2 == 1) {
			buffer.put((byte) 0);
		}
		if (trailing.length > 0) {
			buffer.put("LIST".getBytes(StandardCharsets.US_ASCII)).putInt(trailing.length).put(trailing);
		}
		byte[] file = Arrays.copyOf(buffer.array(), buffer.position());
		ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(4, file.length - 8);
		return file;
	}

	private static String ascii(byte[] bytes, int offset, int length) {
		return new String(bytes, offset, length, StandardCharsets.US_ASCII);
	}

}
