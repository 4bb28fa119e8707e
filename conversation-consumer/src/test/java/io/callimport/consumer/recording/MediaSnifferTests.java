package io.callimport.consumer.recording;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaSnifferTests {

	@Test
	void theWavFormatTagTellsPcmFromTheG711Laws() {
		assertThat(MediaSniffer.detect(WavHeaderTests.wav(2, false), RecordingFormat.MP3))
			.isEqualTo(RecordingFormat.WAV);
		assertThat(MediaSniffer.detect(G711ToPcmStreamTests.g711(WavHeader.MU_LAW, 1, new byte[10], null),
				RecordingFormat.WAV))
			.isEqualTo(RecordingFormat.WAV_ULAW);
		assertThat(MediaSniffer.detect(G711ToPcmStreamTests.g711(WavHeader.A_LAW, 1, new byte[10], null),
				RecordingFormat.WAV))
			.isEqualTo(RecordingFormat.WAV_ALAW);
	}

	@Test
	void otherContainersAreRecognisedByTheirMagicBytes() {
		assertThat(MediaSniffer.detect(ascii("OggS\0\2....OpusHead"), RecordingFormat.WAV))
			.isEqualTo(RecordingFormat.OGG_OPUS);
		assertThat(MediaSniffer.detect(ascii("OggS\0\2....\1vorbis"), RecordingFormat.WAV))
			.isEqualTo(RecordingFormat.OGG_VORBIS);
		assertThat(MediaSniffer.detect(ascii("ID3\3\0"), RecordingFormat.WAV)).isEqualTo(RecordingFormat.MP3);
		assertThat(MediaSniffer.detect(new byte[] { 0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 1 }, RecordingFormat.WAV))
			.isEqualTo(RecordingFormat.WEBM);
	}

	@Test
	void bytesThatTellNothingKeepTheFormatAskedFor() {
		assertThat(MediaSniffer.detect(ascii("hello"), RecordingFormat.WAV)).isEqualTo(RecordingFormat.WAV);
		assertThat(MediaSniffer.detect(new byte[0], RecordingFormat.MP3)).isEqualTo(RecordingFormat.MP3);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
