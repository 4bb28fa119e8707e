package io.callimport.simulator.media;

import java.io.ByteArrayOutputStream;

import io.callimport.simulator.WavHeader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WavFileTests {

	@Test
	void writesACanonicalPcmHeaderWithTheRightSizes() throws Exception {
		byte[] bytes = bytes(new WavFile(7, 2, 44 + 4 * 1000));
		WavHeader header = WavHeader.parse(bytes);

		assertThat(bytes).hasSize(4044);
		assertThat(header.riff()).isEqualTo("RIFF");
		assertThat(header.wave()).isEqualTo("WAVE");
		assertThat(header.riffSize()).isEqualTo(4036);
		assertThat(header.format()).isEqualTo(1);
		assertThat(header.channels()).isEqualTo(2);
		assertThat(header.sampleRate()).isEqualTo(8000);
		assertThat(header.byteRate()).isEqualTo(32000);
		assertThat(header.blockAlign()).isEqualTo(4);
		assertThat(header.bitsPerSample()).isEqualTo(16);
		assertThat(header.data()).isEqualTo("data");
		assertThat(header.dataSize()).isEqualTo(4000);
	}

	@Test
	void givesTheSameBytesForTheSameSeedAndOthersForAnother() throws Exception {
		byte[] first = bytes(new WavFile(42, 1, 200_044));

		assertThat(bytes(new WavFile(42, 1, 200_044))).isEqualTo(first);
		assertThat(bytes(new WavFile(43, 1, 200_044))).isNotEqualTo(first);
	}

	@Test
	void refusesSizesThatAreNotWholeSampleFrames() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WavFile(1, 2, 44 + 6));
		assertThatIllegalArgumentException().isThrownBy(() -> new WavFile(1, 1, 0x1_0000_0000L + 44));
		assertThatIllegalArgumentException().isThrownBy(() -> new WavFile(1, 3, 100));
	}

	private static byte[] bytes(WavFile file) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		file.writeTo(out);
		return out.toByteArray();
	}

}
