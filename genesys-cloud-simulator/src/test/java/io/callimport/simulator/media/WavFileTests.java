package io.callimport.simulator.media;

import java.io.ByteArrayOutputStream;
import java.util.stream.IntStream;

import io.callimport.simulator.UlawWav;
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
	void writesTheSameRecordingAsMuLawWithAFactChunk() throws Exception {
		UlawWavFile file = new WavFile(7, 2, 44 + 4 * 1000).ulaw();
		byte[] bytes = bytes(file);
		UlawWav.Format format = UlawWav.toPcm(new java.io.ByteArrayInputStream(bytes),
				java.io.OutputStream.nullOutputStream());

		assertThat(file.size()).isEqualTo(58 + 2000);
		assertThat(bytes).hasSize(2058);
		assertThat(new String(bytes, 12, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("fmt ");
		assertThat(new String(bytes, 38, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("fact");
		assertThat(format).isEqualTo(new UlawWav.Format(7, 2, 8000, 16000, 2, 8, 18, 0, 2050, 1000L, 2000));
	}

	@Test
	void isThePcmDecodingOfItsMuLawFileByteForByte() throws Exception {
		for (WavFile pcm : new WavFile[] { new WavFile(42, 1, 200_044), new WavFile(-3, 2, 300_044) }) {
			assertThat(UlawWav.toPcm(bytes(pcm.ulaw()))).isEqualTo(bytes(pcm));
		}
	}

	@Test
	void padsAnOddMuLawDataChunkAndStillDecodesToThePcmFile() throws Exception {
		WavFile pcm = new WavFile(5, 1, 44 + 2 * 3);
		byte[] ulaw = bytes(pcm.ulaw());
		UlawWav.Format format = UlawWav.toPcm(new java.io.ByteArrayInputStream(ulaw),
				java.io.OutputStream.nullOutputStream());

		assertThat(ulaw).hasSize(58 + 3 + 1);
		assertThat(ulaw[ulaw.length - 1]).isZero();
		assertThat(format.dataSize()).isEqualTo(3);
		assertThat(format.riffSize()).isEqualTo(ulaw.length - 8);
		assertThat(UlawWav.toPcm(ulaw)).isEqualTo(bytes(pcm));
	}

	@Test
	void carriesAToneUnderNoiseDifferentPerChannel() throws Exception {
		byte[] data = java.util.Arrays.copyOfRange(bytes(new WavFile(9, 2, 44 + 4 * 8000).ulaw()), 58, 58 + 16_000);
		long distinctCodes = IntStream.range(0, data.length).map((i) -> data[i]).distinct().count();
		long differentChannels = IntStream.range(0, data.length / 2)
			.filter((frame) -> data[2 * frame] != data[2 * frame + 1])
			.count();

		assertThat(distinctCodes).isGreaterThan(10);
		assertThat(differentChannels).isGreaterThan(data.length / 4);
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

	private static byte[] bytes(RecordingFile file) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		file.writeTo(out);
		return out.toByteArray();
	}

}
